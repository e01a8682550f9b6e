package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.common.RequestBodies;
import io.scimgate.scim.common.ResourceResponses;
import io.scimgate.scim.common.ResourceSearch;
import io.scimgate.scim.endpoint.ListResponses;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.endpoint.ScimPaths;
import io.scimgate.scim.endpoint.ScimResource;
import io.scimgate.scim.error.NotFoundException;
import io.scimgate.scim.error.TooManyException;
import io.scimgate.scim.resource.AttributeSelection;
import io.scimgate.store.GroupStore;
import io.scimgate.store.ListPage;
import io.scimgate.store.StoredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * {@code /Groups} (RFC 7644 §3, RFC 7643 §4.2): routing, reads and responses; writes are {@link
 * GroupWrites}, filters {@link GroupSearch}. Members are never part of the stored group document:
 * they are read from the membership items only when a response carries them, so {@code
 * excludedAttributes=members} reads none, and PATCH answers 204 unless {@code attributes} asks for
 * the resource.
 */
public final class GroupsResource implements ScimResource {
  private static final String SEARCH = ".search";

  private final GroupStore store;
  private final GroupSearch search;
  private final GroupWrites writes;
  private final BiConsumer<String, String> afterDelete;

  public GroupsResource(GroupStore store) {
    this(store, (tenantId, groupId) -> {});
  }

  /**
   * @param afterDelete told (tenant, group id) once a group is deleted, for what hangs off a group
   *     outside SCIM (the DynamoDB store removes the group's grants in the delete itself)
   */
  public GroupsResource(GroupStore store, BiConsumer<String, String> afterDelete) {
    this.afterDelete = afterDelete;
    this.store = store;
    this.search = new GroupSearch(new ResourceSearch(GroupView.TYPE), store);
    this.writes = new GroupWrites(store);
  }

  @Override
  public HttpResponse handle(ScimContext context, HttpRequest request) {
    Optional<String> id = request.pathParam("id").filter(s -> !s.equals(SEARCH));
    boolean searching = id.isEmpty() && request.path().endsWith("/" + SEARCH);
    return switch (request.method()) {
      case "GET" ->
          id.isPresent()
              ? one(context, request, 200, get(context, id.get()))
              : list(context, ListRequest.fromQuery(request));
      case "POST" ->
          searching
              ? list(context, ListRequest.fromSearchBody(RequestBodies.json(request)))
              : id.isEmpty()
                  ? one(
                      context,
                      request,
                      201,
                      writes.create(context, request, UUID.randomUUID().toString()))
                  : unrouted(request);
      case "PUT" ->
          id.isPresent()
              ? one(context, request, 200, writes.replace(context, request, id.get()))
              : unrouted(request);
      case "PATCH" ->
          id.isPresent()
              ? patched(context, request, writes.patch(context, request, id.get()))
              : unrouted(request);
      case "DELETE" -> id.isPresent() ? delete(context, request, id.get()) : unrouted(request);
      default -> unrouted(request);
    };
  }

  private StoredResource get(ScimContext context, String id) {
    return store.get(context.tenantId(), id).orElseThrow(() -> notFound(id));
  }

  private HttpResponse list(ScimContext context, ListRequest request) {
    ListPage page = search.search(context, request);
    MemberRendering members = new MemberRendering(store, context.tenantId(), context.baseUrl());
    List<JsonNode> resources = new ArrayList<>();
    for (StoredResource group : page.resources()) {
      try {
        resources.add(GroupView.render(context, group, request.selection(), members));
      } catch (TooManyException fullPage) {
        // The members budget is spent: answer the groups that fit (itemsPerPage < count, RFC 7644
        // §3.4.2.4); only a single group too large for any response is an error.
        if (resources.isEmpty()) {
          throw fullPage;
        }
        break;
      }
    }
    return HttpResponse.scim(
        200, Json.write(ListResponses.of(page.totalResults(), request.startIndex(), resources)));
  }

  /** 204 unless {@code attributes} asks for the resource: a PATCH never returns members unasked. */
  private HttpResponse patched(ScimContext context, HttpRequest request, StoredResource group) {
    if (request.queryParam("attributes").filter(a -> !a.isBlank()).isPresent()) {
      return one(context, request, 200, group);
    }
    return ResourceResponses.noContent(group.version(), GroupView.location(context, group.id()));
  }

  private HttpResponse delete(ScimContext context, HttpRequest request, String id) {
    if (!writes.delete(context, request, id)) {
      throw notFound(id);
    }
    afterDelete.accept(context.tenantId(), id);
    return HttpResponse.empty(204);
  }

  private HttpResponse one(
      ScimContext context, HttpRequest request, int status, StoredResource group) {
    AttributeSelection selection =
        AttributeSelection.of(
            request.queryParam("attributes").orElse(null),
            request.queryParam("excludedAttributes").orElse(null));
    JsonNode body =
        GroupView.render(
            context,
            group,
            selection,
            new MemberRendering(store, context.tenantId(), context.baseUrl()));
    return ResourceResponses.of(
        status, body, group.version(), GroupView.location(context, group.id()));
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException("Group " + id + " not found.");
  }

  private static HttpResponse unrouted(HttpRequest request) {
    throw ScimPaths.unrouted(request.method(), request.path());
  }
}
