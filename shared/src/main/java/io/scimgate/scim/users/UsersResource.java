package io.scimgate.scim.users;

import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.common.RequestBodies;
import io.scimgate.scim.common.ResourceSearch;
import io.scimgate.scim.common.StoreErrors;
import io.scimgate.scim.common.TenantAttributes;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.endpoint.ScimPaths;
import io.scimgate.scim.endpoint.ScimResource;
import io.scimgate.scim.patch.PatchApplier;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.store.GroupStore;
import io.scimgate.store.UserStore;

/**
 * The {@code /Users} endpoint (RFC 7644 §3): create, read, replace, patch, delete, list and {@code
 * .search}, for RFC clients and for what Okta and Entra send (docs/idp-dialects.md). Behaviours and
 * choices are described in docs/users.md.
 */
public final class UsersResource implements ScimResource {
  private static final String SEARCH_SUFFIX = "/.search";

  private final UserStore users;
  private final UserWrites writes;
  private final UserPatch patch;
  private final UserSearch search;
  private final UserResponses responses;

  /** Every tenant keeps every optional attribute and requires none. */
  public UsersResource(UserStore users, GroupStore groups) {
    this(users, groups, TenantAttributes.keepAll());
  }

  public UsersResource(UserStore users, GroupStore groups, TenantAttributes attributes) {
    ResourceType type = SchemaRegistry.standard().user();
    UserViews views = new UserViews(type, groups, attributes.stored());
    this.users = users;
    this.responses = new UserResponses(type, views);
    this.writes =
        new UserWrites(
            type,
            users,
            attributes.stored(),
            new RequiredValues(type, attributes.required()),
            responses);
    this.patch = new UserPatch(new PatchApplier(type), users, writes, responses);
    this.search = new UserSearch(new ResourceSearch(type), users, views);
  }

  @Override
  public HttpResponse handle(ScimContext context, HttpRequest request) {
    String method = request.method();
    String id = request.pathParam("id").orElse(null);
    if (method.equals("POST") && request.path().endsWith(SEARCH_SUFFIX)) {
      return list(context, ListRequest.fromSearchBody(RequestBodies.json(request)));
    }
    if (id == null) {
      return switch (method) {
        case "GET" -> list(context, ListRequest.fromQuery(request));
        case "POST" -> writes.create(context, request);
        default -> throw ScimPaths.unrouted(method, request.path());
      };
    }
    return switch (method) {
      case "GET" -> responses.read(context, request, writes.existing(context, id));
      case "PUT" -> writes.replace(context, request, id);
      case "PATCH" -> patch.patch(context, request, id);
      case "DELETE" -> writes.delete(context, request, id);
      default -> throw ScimPaths.unrouted(method, request.path());
    };
  }

  private HttpResponse list(ScimContext context, ListRequest request) {
    return responses.list(
        context, request, StoreErrors.translate(() -> search.search(context, request)));
  }
}
