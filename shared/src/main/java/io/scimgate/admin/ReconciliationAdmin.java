package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.feed.ResourceViews;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.DirectoryReader;
import io.scimgate.store.GroupStore;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantStore.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The read APIs a product reconciles against (docs/events.md): tenants, users, groups with their
 * member counts and grants, a group's members. Each page is one bounded Query (plus one batched
 * read for a page's counts, grants or userNames); cursors name the tenant and the listing they
 * belong to ({@link ListCursor}).
 */
record ReconciliationAdmin(TenantAdmin tenants, AdminPorts ports) {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  /** {@code GET /admin/tenants}: the registry, one gsi1 Query per page. */
  HttpResponse tenants(HttpRequest request, Map<String, String> params) {
    int limit = QueryParams.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    DirectoryReader.Page<DirectoryReader.TenantEntry> page =
        ports.directory().tenants(ListCursor.after(request, "", "tenants"), limit);
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("tenants");
    page.items()
        .forEach(t ->
            list.addObject()
                .put("tenantId", t.tenantId())
                .put("syncEnabled", t.syncEnabled())
                .put("createdAt", t.createdAt().toString()));
    out.put("nextCursor", ListCursor.next("", "tenants", page.next()));
    return AdminJson.respond(200, out);
  }

  /** {@code GET /admin/tenants/{t}/users[?active=true|false]}. */
  HttpResponse users(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    int limit = QueryParams.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    Boolean active = QueryParams.flag(request, "active");
    String kind = active == null ? "users" : "users-" + active;
    DirectoryReader.Page<StoredResource> page =
        ports
            .directory()
            .users(
                tenant.tenantId(),
                ListCursor.after(request, tenant.tenantId(), kind),
                limit,
                active);
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("users");
    page.items().forEach(u -> list.add(ResourceViews.user(u)));
    out.put("nextCursor", ListCursor.next(tenant.tenantId(), kind, page.next()));
    return AdminJson.respond(200, out);
  }

  /** {@code GET /admin/tenants/{t}/users/{userId}}: one consistent read. */
  HttpResponse user(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    StoredResource user = tenants.requireUser(tenant, params);
    return AdminJson.respond(200, ResourceViews.user(user));
  }

  /** {@code GET /admin/tenants/{t}/groups}: a page, its member counters and its grants. */
  HttpResponse groups(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    int limit = QueryParams.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    DirectoryReader.Page<StoredResource> page =
        ports
            .directory()
            .groups(
                tenant.tenantId(), ListCursor.after(request, tenant.tenantId(), "groups"), limit);
    List<String> ids = page.items().stream().map(StoredResource::id).toList();
    Map<String, Long> counts =
        ids.isEmpty() ? Map.of() : ports.directory().memberCounts(tenant.tenantId(), ids);
    Map<String, List<Grant>> granted =
        ids.isEmpty() ? Map.of() : ports.grants().ofGroups(tenant.tenantId(), ids);
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("groups");
    for (StoredResource group : page.items()) {
      ObjectNode item = ResourceViews.group(group);
      item.put("memberCount", counts.getOrDefault(group.id(), 0L));
      item.set("grants", AdminInput.json(granted.getOrDefault(group.id(), List.of())));
      list.add(item);
    }
    out.put("nextCursor", ListCursor.next(tenant.tenantId(), "groups", page.next()));
    return AdminJson.respond(200, out);
  }

  /** {@code GET /admin/tenants/{t}/groups/{g}/members}: a member page and their userNames. */
  HttpResponse members(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    String groupId = tenants.requireGroup(tenant, params);
    int limit = QueryParams.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    String kind = "members:" + groupId;
    GroupStore.MemberPage page =
        ports
            .groups()
            .members(
                tenant.tenantId(),
                groupId,
                ListCursor.after(request, tenant.tenantId(), kind),
                limit);
    Map<String, String> userNames = new HashMap<>();
    ports
        .users()
        .getAll(tenant.tenantId(), page.members().stream().map(GroupStore.Member::userId).toList())
        .forEach(u -> userNames.put(u.id(), u.document().path("userName").asText(null)));
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("members");
    for (GroupStore.Member member : page.members()) {
      // A member whose user was deleted a moment ago (cleanup still running) is left out.
      if (userNames.containsKey(member.userId())) {
        list.addObject()
            .put("userId", member.userId())
            .put("userName", userNames.get(member.userId()));
      }
    }
    out.put("nextCursor", ListCursor.next(tenant.tenantId(), kind, page.next()));
    return AdminJson.respond(200, out);
  }
}
