package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.common.ETags;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.common.ResourceMeta;
import io.scimgate.scim.common.ResourceResponses;
import io.scimgate.scim.endpoint.ListResponses;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.resource.AttributeSelection;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.store.ListPage;
import io.scimgate.store.StoredResource;
import java.util.List;

/** Response bodies and headers of /Users: one projected user with ETag and Location, or a list. */
final class UserResponses {
  /** Resources per list response, in bytes: under Lambda's 6 MB with room for escaping. */
  static final long MAX_PAGE_BYTES = 4L * 1024 * 1024;

  private final ResourceType type;
  private final UserViews views;

  UserResponses(ResourceType type, UserViews views) {
    this.type = type;
    this.views = views;
  }

  /** {@code attributes} / {@code excludedAttributes} of the query string (RFC 7644 §3.9). */
  static AttributeSelection selection(HttpRequest request) {
    return AttributeSelection.of(
        request.queryParam("attributes").orElse(null),
        request.queryParam("excludedAttributes").orElse(null));
  }

  /** After a write: the projected user, {@code ETag} and {@code Location}. */
  HttpResponse written(
      int status,
      ScimContext context,
      HttpRequest request,
      StoredResource user,
      boolean mayHaveGroups) {
    var body = views.views(context, List.of(user), selection(request), mayHaveGroups).getFirst();
    return ResourceResponses.of(status, body, user.version(), location(context, user));
  }

  /** GET of one user; 304 when {@code If-None-Match} names its version (RFC 7232 §3.2). */
  HttpResponse read(ScimContext context, HttpRequest request, StoredResource user) {
    if (ETags.notModified(request, user.version())) {
      return ResourceResponses.notModified(user.version(), location(context, user));
    }
    return written(200, context, request, user, true);
  }

  /**
   * A page of users. Should the page not fit a Lambda response, it ends early: RFC 7644 §3.4.2.4
   * lets {@code itemsPerPage} be less than {@code count}, and the client asks for the rest.
   */
  HttpResponse list(ScimContext context, ListRequest request, ListPage page) {
    var resources = views.views(context, page.resources(), request.selection(), true);
    List<ObjectNode> fitting = new java.util.ArrayList<>();
    long bytes = 0;
    for (ObjectNode resource : resources) {
      bytes += Json.write(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
      if (bytes > MAX_PAGE_BYTES && !fitting.isEmpty()) {
        break;
      }
      fitting.add(resource);
    }
    return HttpResponse.scim(
        200, Json.write(ListResponses.of(page.totalResults(), request.startIndex(), fitting)));
  }

  String location(ScimContext context, StoredResource user) {
    return ResourceMeta.location(type, user.id(), context);
  }
}
