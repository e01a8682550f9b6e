package io.scimgate.store.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.access.CommunityAccess;
import io.scimgate.access.EffectiveAccess;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.feed.AccessEvents;
import io.scimgate.store.TenantStore.Tenant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a fan-out job evaluates a user's access in ({@link AccessFanOut}): the tenant's
 * settings and the user's group grants as they are now, with the job's fact at its before or after
 * value, and every fact a later job of the tenant changed put back to its value before that job.
 */
final class FanOutState {
  private FanOutState() {}

  /** A changed fact and one of its values. */
  record Fact(String kind, String groupId, JsonNode value) {
    /** Which fact: a deleted group's grants are that group's grants. */
    String key() {
      return (AccessEvents.GROUP_DELETED.equals(kind) ? AccessEvents.GRANTS : kind) + "#" + groupId;
    }
  }

  /**
   * The user's grants with {@code fact} at its value, the facts later jobs changed at their values
   * before those jobs (the first later change of a fact wins), everything else as it is now.
   */
  static List<CommunityAccess> access(
      Tenant tenant, Map<String, List<Grant>> groups, List<Fact> since, Fact fact) {
    State state =
        new State(
            tenant.roles(), tenant.defaultGrants(), new HashMap<>(groups), tenant.syncEnabled());
    java.util.Set<String> set = new java.util.HashSet<>();
    set.add(fact.key());
    state.apply(fact);
    for (Fact later : since) {
      if (set.add(later.key())
          && (!later.kind().equals(AccessEvents.GRANTS)
              || state.grants.containsKey(later.groupId()))) {
        state.apply(later);
      }
    }
    return state.sync
        ? EffectiveAccess.merge(state.roles, state.defaults, state.grants)
        : List.of();
  }

  private static final class State {
    RoleLadder roles;
    List<Grant> defaults;
    final Map<String, List<Grant>> grants;
    boolean sync;

    State(RoleLadder roles, List<Grant> defaults, Map<String, List<Grant>> grants, boolean sync) {
      this.roles = roles;
      this.defaults = defaults;
      this.grants = grants;
      this.sync = sync;
    }

    void apply(Fact fact) {
      switch (fact.kind()) {
        case AccessEvents.GRANTS, AccessEvents.GROUP_DELETED ->
            grants.put(fact.groupId(), GrantJson.grants(fact.value()));
        case AccessEvents.DEFAULT_GRANTS -> defaults = GrantJson.grants(fact.value());
        case AccessEvents.ROLES -> roles = new RoleLadder(GrantJson.strings(fact.value()));
        case AccessEvents.SYNC -> sync = fact.value().asBoolean();
        default -> throw new IllegalStateException("unknown fan-out kind " + fact.kind());
      }
    }
  }
}
