package io.scimgate.scim.users;

import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.endpoint.ListResponses;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.endpoint.ScimPaths;
import io.scimgate.scim.endpoint.ScimResource;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;

/** {@code /Users} (RFC 7644 §3). */
public final class UsersResource implements ScimResource {
  private final UserStore users;

  public UsersResource(UserStore users) {
    this.users = users;
  }

  @Override
  public HttpResponse handle(ScimContext context, HttpRequest request) {
    if (request.method().equals("GET") && request.pathParam("id").isEmpty()) {
      int startIndex = Math.max(1, intParam(request, "startIndex", 1));
      int count = Math.max(0, intParam(request, "count", 100));
      ListPage page = users.list(context.tenantId(), new ListQuery(null, startIndex, count, ""));
      return HttpResponse.scim(
          200,
          Json.write(
              ListResponses.of(
                  page.totalResults(),
                  startIndex,
                  page.resources().stream().map(StoredResource::document).toList())));
    }
    throw ScimPaths.unrouted(request.method(), request.path());
  }

  private static int intParam(HttpRequest request, String name, int fallback) {
    return request.queryParam(name).map(v -> {
      try {
        return Integer.parseInt(v.trim());
      } catch (NumberFormatException e) {
        return fallback;
      }
    }).orElse(fallback);
  }
}
