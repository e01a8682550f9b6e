package io.scimgate.store.dynamo;

import io.scimgate.access.CommunityAccess;
import io.scimgate.access.EffectiveAccess;
import io.scimgate.access.Grant;
import io.scimgate.store.TenantStore.Tenant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts behind one user's effective access, read by the writes that emit {@code access.changed}
 * in their own transaction: the tenant's settings, the user's groups (gsi1, then dropping deleted
 * groups) and their grants. Cost per user: one gsi1 Query and two batched reads; the tenant item
 * once per write. The group a write is changing is passed in explicitly, so gsi1's lag about that
 * very membership cannot skew {@code previous}.
 */
final class AccessFacts {
  private final Dynamo dynamo;
  private final Tenant tenant;

  private AccessFacts(Dynamo dynamo, Tenant tenant) {
    this.dynamo = dynamo;
    this.tenant = tenant;
  }

  /** Empty when the tenant is unknown or its sync is off: nobody's effective grants can change. */
  static Optional<AccessFacts> of(Dynamo dynamo, String tenantId) {
    return new DynamoTenantStore(dynamo)
        .get(tenantId)
        .filter(Tenant::syncEnabled)
        .map(t -> new AccessFacts(dynamo, t));
  }

  /** Facts over a tenant already read (sync checked by the caller). */
  static AccessFacts unchecked(Dynamo dynamo, Tenant tenant) {
    return new AccessFacts(dynamo, tenant);
  }

  /**
   * Grants of each of the user's groups (groups without grants absent), {@code member} counted
   * among them whatever gsi1 says yet (the group the caller knows the user belongs to; may be
   * null).
   */
  Map<String, List<Grant>> groupGrants(String userId, String member) {
    Set<String> groups = new HashSet<>(groupsOf(userId));
    if (member != null) {
      groups.add(member);
    }
    return grantsOf(List.copyOf(groups));
  }

  /** The user's effective grants with their groups, plus {@code with} and minus {@code without}. */
  List<CommunityAccess> grants(String userId, boolean active, String with, String without) {
    if (!active) {
      return List.of();
    }
    Set<String> groups = new HashSet<>(groupsOf(userId));
    if (with != null) {
      groups.add(with);
    }
    if (without != null) {
      groups.remove(without);
    }
    return EffectiveAccess.merge(
        tenant.roles(), tenant.defaultGrants(), grantsOf(List.copyOf(groups)));
  }

  /** Effective grants from these group grants and the tenant's roles and default grants. */
  List<CommunityAccess> merge(Map<String, List<Grant>> groupGrants) {
    return EffectiveAccess.merge(tenant.roles(), tenant.defaultGrants(), groupGrants);
  }

  /** Grants of one group; empty when it grants nothing. */
  List<Grant> grantsOf(String groupId) {
    return grantsOf(List.of(groupId)).getOrDefault(groupId, List.of());
  }

  private Map<String, List<Grant>> grantsOf(List<String> groupIds) {
    return groupIds.isEmpty()
        ? Map.of()
        : new DynamoGrantStore(dynamo).ofGroups(tenant.tenantId(), groupIds);
  }

  private List<String> groupsOf(String userId) {
    String tenantId = tenant.tenantId();
    List<String> ids =
        new Memberships(dynamo)
            .ofUser(tenantId, userId).stream().map(m -> m.get(Keys.GSI1_SK).s()).toList();
    Set<String> existing = new HashSet<>();
    new Batches(dynamo)
        .get(ids.stream().map(g -> Dynamo.key(Keys.groups(tenantId), g)).toList(), "sk")
        .forEach(i -> existing.add(i.get(Keys.SK).s()));
    return ids.stream().filter(existing::contains).toList();
  }

  /** {@code active} of those users (one batched read); absent users are left out. */
  static Map<String, Boolean> activeOf(Dynamo dynamo, String tenantId, List<String> userIds) {
    Map<String, Boolean> out = new HashMap<>();
    for (var item :
        new Batches(dynamo)
            .get(
                userIds.stream().distinct().map(u -> Dynamo.key(Keys.users(tenantId), u)).toList(),
                null)) {
      var flag = item.get(DynamoUserStore.ACTIVE);
      out.put(item.get(Keys.SK).s(), flag == null || Boolean.TRUE.equals(flag.bool()));
    }
    return out;
  }
}
