package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.GroupStore;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantStore.Tenant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who has access to one community, with which role, a page at a time in user-id order.
 *
 * <p>When only groups grant the community, a page merges one member page of each granting group
 * (groups' member lists are id-sorted): every user up to the smallest "last id" of a group that has
 * more is complete, so roles are exact. When the default grants cover the community, every active
 * user is a member: the page walks the users and reads the memberships of those on it only when
 * some group grants a higher role. Inactive users are left out, so a page may hold fewer than
 * {@code limit} entries while {@code nextCursor} is still set.
 */
record CommunityMembers(TenantAdmin tenants, AdminPorts ports) {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;
  private static final String GROUP_CURSOR = "g:";
  private static final String USER_CURSOR = "u:";

  private record Page(List<ObjectNode> members, String next) {}

  HttpResponse list(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    String community = params.get("community");
    if (!AdminInput.NAME.matcher(community).matches()) {
      throw AdminException.badRequest(
          "Community names are 1-128 letters, digits, '.', '_' or '-'.");
    }
    int limit = QueryParams.limit(request, DEFAULT_LIMIT, MAX_LIMIT);
    String cursor = decode(QueryParams.optional(request, "cursor").orElse(null));
    RoleLadder roles = tenant.roles();
    int defaultRank = -1;
    for (Grant g : tenant.defaultGrants()) {
      if (g.community().equals(community)) {
        defaultRank = roles.rank(g.role());
      }
    }
    // Groups whose grants name the community, with the rank of the role they give.
    Map<String, Integer> granting = new TreeMap<>();
    ports
        .grants()
        .all(tenant.tenantId())
        .forEach((groupId, list) ->
            list.stream()
                .filter(g -> g.community().equals(community) && roles.knows(g.role()))
                .forEach(g -> granting.put(groupId, roles.rank(g.role()))));
    if (!granting.isEmpty()) {
      List<String> existing =
          ports.groups().getAll(tenant.tenantId(), granting.keySet()).stream()
              .map(StoredResource::id)
              .toList();
      granting.keySet().retainAll(existing);
    }
    Page page =
        defaultRank >= 0
            ? everyone(tenant, roles, defaultRank, granting, cursor, limit)
            : groupMembers(tenant, roles, granting, cursor, limit);
    ObjectNode out = Json.object();
    out.put("community", community);
    out.put("syncEnabled", tenant.syncEnabled());
    ArrayNode list = Json.array();
    page.members().forEach(list::add);
    out.set(tenant.syncEnabled() ? "members" : "pendingMembers", list);
    out.set(tenant.syncEnabled() ? "pendingMembers" : "members", Json.array());
    out.put("nextCursor", page.next() == null ? null : encode(page.next()));
    return AdminJson.respond(200, out);
  }

  private Page groupMembers(
      Tenant tenant, RoleLadder roles, Map<String, Integer> granting, String cursor, int limit) {
    String after = cursor == null ? null : expect(cursor, GROUP_CURSOR);
    Map<String, Integer> best = new TreeMap<>();
    String cutoff = null;
    for (Map.Entry<String, Integer> group : granting.entrySet()) {
      GroupStore.MemberPage page =
          ports.groups().members(tenant.tenantId(), group.getKey(), after, limit);
      for (GroupStore.Member m : page.members()) {
        best.merge(m.userId(), group.getValue(), Math::max);
      }
      if (page.next() != null && !page.members().isEmpty()) {
        String last = page.members().get(page.members().size() - 1).userId();
        cutoff = cutoff == null || last.compareTo(cutoff) < 0 ? last : cutoff;
      }
    }
    NavigableSet<String> eligible = new TreeSet<>(best.keySet());
    if (cutoff != null) {
      eligible = eligible.headSet(cutoff, true);
    }
    List<String> taken = new ArrayList<>(eligible).subList(0, Math.min(limit, eligible.size()));
    String next = eligible.size() > limit ? taken.get(taken.size() - 1) : cutoff;
    Map<String, StoredResource> byId = new HashMap<>();
    ports.users().getAll(tenant.tenantId(), taken).forEach(u -> byId.put(u.id(), u));
    List<ObjectNode> members = new ArrayList<>();
    for (String userId : taken) {
      StoredResource user = byId.get(userId);
      if (user != null && AccessReports.isActive(user)) {
        members.add(member(user, roles.roles().get(best.get(userId))));
      }
    }
    return new Page(members, next == null ? null : GROUP_CURSOR + next);
  }

  private Page everyone(
      Tenant tenant,
      RoleLadder roles,
      int defaultRank,
      Map<String, Integer> granting,
      String cursor,
      int limit) {
    int startIndex;
    try {
      startIndex = cursor == null ? 1 : Integer.parseInt(expect(cursor, USER_CURSOR));
    } catch (NumberFormatException e) {
      throw staleCursor();
    }
    ListPage page =
        ports
            .users()
            .list(tenant.tenantId(), new ListQuery(null, startIndex, limit, "community-members"));
    Map<String, Integer> higher = new HashMap<>(granting);
    higher.values().removeIf(rank -> rank <= defaultRank);
    List<ObjectNode> members = new ArrayList<>();
    for (StoredResource user : page.resources()) {
      if (!AccessReports.isActive(user)) {
        continue;
      }
      int rank = defaultRank;
      if (!higher.isEmpty()) {
        for (String groupId : ports.groups().groupsOf(tenant.tenantId(), user.id())) {
          rank = Math.max(rank, higher.getOrDefault(groupId, -1));
        }
      }
      members.add(member(user, roles.roles().get(rank)));
    }
    int following = startIndex + page.resources().size();
    boolean more = !page.resources().isEmpty() && following - 1 < page.totalResults();
    return new Page(members, more ? USER_CURSOR + following : null);
  }

  private static ObjectNode member(StoredResource user, String role) {
    ObjectNode m = Json.object();
    m.put("userId", user.id());
    m.put("userName", user.document().path("userName").asText(null));
    m.put("role", role);
    return m;
  }

  private static String expect(String cursor, String kind) {
    if (!cursor.startsWith(kind)) {
      throw staleCursor();
    }
    return cursor.substring(kind.length());
  }

  private static AdminException staleCursor() {
    return AdminException.badRequest(
        "The cursor is not valid for this listing any more; start again without it.");
  }

  private static String encode(String cursor) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(cursor.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw AdminException.badRequest("\"cursor\" is not a cursor this API returned.");
    }
  }
}
