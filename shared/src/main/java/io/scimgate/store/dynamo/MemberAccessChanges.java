package io.scimgate.store.dynamo;

import io.scimgate.access.CommunityAccess;
import io.scimgate.access.Grant;
import io.scimgate.feed.AccessEvents;
import io.scimgate.feed.ChangeEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code access.changed} events of a group's member changes, for the same transaction as the
 * changes (docs/events.md): a user whose effective grants move with this group's membership.
 */
record MemberAccessChanges(Dynamo dynamo) {

  /**
   * {@code access.changed} of each member change that moves a user's effective grants: only when
   * sync is on and the group grants something; O(changed users) reads otherwise nothing.
   */
  Map<String, ChangeEvent> of(String tenantId, String groupId, Map<String, Boolean> changed) {
    if (changed.isEmpty()) {
      return Map.of();
    }
    Optional<AccessFacts> facts = AccessFacts.of(dynamo, tenantId);
    List<Grant> granted = facts.map(f -> f.grantsOf(groupId)).orElse(List.of());
    if (granted.isEmpty()) {
      return Map.of();
    }
    Map<String, Boolean> active =
        AccessFacts.activeOf(dynamo, tenantId, List.copyOf(changed.keySet()));
    Map<String, ChangeEvent> out = new HashMap<>();
    changed.forEach((userId, added) -> {
      if (active.getOrDefault(userId, false)) {
        // One read of the user's groups serves both sides: with and without this group.
        Map<String, List<Grant>> others = new HashMap<>(facts.get().groupGrants(userId, null));
        others.remove(groupId);
        List<CommunityAccess> without = facts.get().merge(others);
        others.put(groupId, granted);
        List<CommunityAccess> with = facts.get().merge(others);
        AccessEvents.changed(
                userId,
                added ? without : with,
                added ? with : without,
                AccessEvents.MEMBERSHIP,
                groupId)
            .ifPresent(e -> out.put(userId, e));
      }
    });
    return out;
  }
}
