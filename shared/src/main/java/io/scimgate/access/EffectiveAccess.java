package io.scimgate.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a user's access from the facts, on every read: nothing derived is stored, so a SCIM
 * change (membership, {@code active}, group deletion) or a grant change shows at once.
 *
 * <p>Rules: one entry per community, with the highest role among the grants of the user's groups
 * and the tenant's default grants; an inactive user has none; while synchronisation is off the same
 * entries are reported as pending instead. Grants naming a role the tenant no longer has are
 * ignored.
 */
public final class EffectiveAccess {
  private EffectiveAccess() {}

  /**
   * @param groupGrants grants of each group the user belongs to (groups without grants may be
   *     absent)
   */
  public static UserAccess of(
      String userId,
      boolean active,
      boolean syncEnabled,
      RoleLadder roles,
      List<Grant> defaultGrants,
      Map<String, List<Grant>> groupGrants) {
    if (!active) {
      return new UserAccess(userId, false, List.of(), List.of());
    }
    List<CommunityAccess> merged = merge(roles, defaultGrants, groupGrants);
    return syncEnabled
        ? new UserAccess(userId, true, merged, List.of())
        : new UserAccess(userId, true, List.of(), merged);
  }

  /** The merged grants, one per community, sorted by community. */
  public static List<CommunityAccess> merge(
      RoleLadder roles, List<Grant> defaultGrants, Map<String, List<Grant>> groupGrants) {
    Map<String, Best> best = new TreeMap<>();
    for (Grant grant : defaultGrants) {
      offer(best, roles, grant, null);
    }
    for (Map.Entry<String, List<Grant>> group : groupGrants.entrySet()) {
      for (Grant grant : group.getValue()) {
        offer(best, roles, grant, group.getKey());
      }
    }
    List<CommunityAccess> out = new ArrayList<>(best.size());
    best.forEach((community, b) ->
        out.add(new CommunityAccess(community, b.role, List.copyOf(b.groups), b.fromDefault)));
    return out;
  }

  private static void offer(Map<String, Best> best, RoleLadder roles, Grant grant, String groupId) {
    int rank = roles.rank(grant.role());
    if (rank < 0) {
      return;
    }
    Best current = best.get(grant.community());
    if (current == null || rank > current.rank) {
      current = new Best(grant.role(), rank);
      best.put(grant.community(), current);
    } else if (rank < current.rank) {
      return;
    }
    if (groupId == null) {
      current.fromDefault = true;
    } else {
      current.groups.add(groupId);
    }
  }

  private static final class Best {
    final String role;
    final int rank;
    final TreeSet<String> groups = new TreeSet<>();
    boolean fromDefault;

    Best(String role, int rank) {
      this.role = role;
      this.rank = rank;
    }
  }
}
