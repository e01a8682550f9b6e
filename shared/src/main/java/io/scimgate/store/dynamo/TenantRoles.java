package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.RoleInUseException;
import io.scimgate.store.UnknownRoleException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * A tenant's roles and the grants that name them, kept consistent by DynamoDB conditions rather
 * than by reading first (issue 11): every grants write — a group's ({@link DynamoGrantStore}) or
 * the default grants — is conditional on the roles it names being on the tenant item, and bumps the
 * item's {@code grantsVersion}; a roles write checks every grant and is conditional on that version
 * being the one it checked at. Whichever commits second is refused or re-checks.
 */
record TenantRoles(Dynamo dynamo) {
  /** Bumped by every grants write (group or default), so a roles change can hold to it. */
  static final String GRANTS_VERSION = "grantsVersion";

  /** Bumped by every settings write that decides access (the fan-out job's {@code before}). */
  static final String SETTINGS_REV = "settingsRev";

  /**
   * Checks that no grant names a removed role — the default grants and every group's grants (one
   * query, bounded by the number of groups with grants) — and writes the roles conditional on
   * {@code grantsVersion} being what it was before those grants were read: a grants write in
   * between makes the check run again, under the retry budget.
   */
  boolean setRoles(String tenantId, RoleLadder roles, Job job) {
    try (RetryBudget.Loop loop = RetryBudget.loop("roles put")) {
      while (true) {
        Optional<Map<String, AttributeValue>> found = tenantItem(tenantId);
        if (found.isEmpty()) {
          return false;
        }
        AttributeValue version = found.get().get(GRANTS_VERSION);
        stillKnown(roles, GrantValues.from(found.get().get("defaultGrants")), null);
        for (Map<String, AttributeValue> item : reads().prefixed(Keys.grants(tenantId), null)) {
          stillKnown(roles, GrantValues.from(item.get("grants")), item.get(Keys.SK).s());
        }
        Map<String, AttributeValue> values =
            new HashMap<>(
                Map.of(
                    ":v",
                    AttributeValue.fromL(
                        roles.roles().stream().map(AttributeValue::fromS).toList())));
        if (version != null) {
          values.put(":gv", version);
        }
        try {
          write(
              tenantId,
              found.get(),
              "SET #a = :v",
              version == null
                  ? "attribute_exists(pk) AND attribute_not_exists(#gv)"
                  : "attribute_exists(pk) AND #gv = :gv",
              new HashMap<>(Map.of("#a", "roles", "#gv", GRANTS_VERSION)),
              values,
              job);
          return true;
        } catch (Changed grantsChanged) {
          loop.pause(grantsChanged);
        }
      }
    }
  }

  /**
   * Conditional on the roles the grants name still being the tenant's ({@link
   * UnknownRoleException}), and on the settings revision read (a concurrent settings change makes
   * it read again, so the fan-out job's {@code before} is what it replaced).
   */
  boolean setDefaultGrants(String tenantId, List<Grant> grants, Job job) {
    List<String> roles = grants.stream().map(Grant::role).distinct().toList();
    try (RetryBudget.Loop loop = RetryBudget.loop("default grants put")) {
      while (true) {
        Optional<Map<String, AttributeValue>> found = tenantItem(tenantId);
        if (found.isEmpty()) {
          return false;
        }
        Map<String, String> names =
            new HashMap<>(Map.of("#a", "defaultGrants", "#gv", GRANTS_VERSION));
        Map<String, AttributeValue> values =
            new HashMap<>(Map.of(":v", GrantValues.of(grants), ":one", Dynamo.n(1)));
        String condition = rolesKnown(roles, names, values);
        try {
          write(tenantId, found.get(), "SET #a = :v ADD #gv :one", condition, names, values, job);
          return true;
        } catch (Changed failed) {
          Optional<Map<String, AttributeValue>> now = tenantItem(tenantId);
          if (now.isEmpty()) {
            return false;
          }
          if (!java.util.Objects.equals(
              now.get().get(SETTINGS_REV), found.get().get(SETTINGS_REV))) {
            loop.pause(failed);
            continue;
          }
          throw new UnknownRoleException();
        }
      }
    }
  }

  /**
   * The update of the tenant item, conditional also on the settings revision of {@code read} and
   * bumping it, in one transaction with the fan-out job {@code job} makes of {@code read} (when it
   * makes one). {@link Changed} when a condition failed (nothing written).
   */
  private void write(
      String tenantId,
      Map<String, AttributeValue> read,
      String update,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values,
      Job job) {
    AttributeValue rev = read.get(SETTINGS_REV);
    names.put("#sr", SETTINGS_REV);
    values.put(":one", Dynamo.n(1));
    String guarded =
        condition + " AND " + (rev == null ? "attribute_not_exists(#sr)" : "#sr = :sr");
    if (rev != null) {
      values.put(":sr", rev);
    }
    String bumped = update.contains(" ADD ") ? update + ", #sr :one" : update + " ADD #sr :one";
    Condition guard = new Condition(guarded, names, values);
    Optional<TransactWriteItem> fanOut = job.of(read);
    if (fanOut.isEmpty()) {
      try {
        dynamo.update(DynamoTenantStore.key(tenantId), bumped, guard);
        return;
      } catch (ConditionalCheckFailedException e) {
        throw new Changed();
      }
    }
    TransactWriteItem set = dynamo.updateAction(DynamoTenantStore.key(tenantId), bumped, guard);
    new Transactions(dynamo).write(List.of(set, fanOut.get()), i -> new Changed());
  }

  /** The access fan-out job of a settings change, from the tenant item it replaces; or none. */
  @FunctionalInterface
  interface Job {
    Job NONE = item -> Optional.empty();

    Optional<TransactWriteItem> of(Map<String, AttributeValue> tenantItem);
  }

  /** A condition of a settings write failed: the item changed since it was read, or is gone. */
  static final class Changed extends RuntimeException {
    Changed() {
      super("tenant settings changed meanwhile", null, false, false);
    }
  }

  /**
   * The tenant item's part of a grants write: {@code groupsWithGrants} moved by {@code delta} and,
   * when {@code roles} is not null, {@code grantsVersion} bumped, conditional on each of those
   * roles being one of the tenant's roles.
   */
  TransactWriteItem grantsChanged(String tenantId, long delta, List<String> roles) {
    Map<String, String> names = new HashMap<>(Map.of("#c", DynamoTenantStore.GROUPS_WITH_GRANTS));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":d", Dynamo.n(delta)));
    String update = roles == null ? "ADD #c :d" : "ADD #c :d, #gv :one";
    if (roles != null) {
      names.put("#gv", GRANTS_VERSION);
      values.put(":one", Dynamo.n(1));
    }
    String expression = roles == null ? null : rolesKnown(roles, names, values);
    return dynamo.updateAction(
        DynamoTenantStore.key(tenantId), update, new Condition(expression, names, values));
  }

  /**
   * "The tenant exists and has each of these roles": its own roles list contains them, or it has
   * none of its own and the default ladder does.
   */
  private static String rolesKnown(
      List<String> roles, Map<String, String> names, Map<String, AttributeValue> values) {
    names.put("#roles", "roles");
    StringBuilder contained = new StringBuilder();
    for (int i = 0; i < roles.size(); i++) {
      contained.append(" AND contains(#roles, :r").append(i).append(')');
      values.put(":r" + i, s(roles.get(i)));
    }
    String own = "(attribute_exists(#roles)" + contained + ")";
    boolean defaults = roles.stream().allMatch(RoleLadder.DEFAULT::knows);
    return "attribute_exists(pk) AND "
        + (defaults ? "(attribute_not_exists(#roles) OR " + own + ")" : own);
  }

  private static void stillKnown(RoleLadder roles, List<Grant> grants, String groupId) {
    for (Grant grant : grants) {
      if (!roles.knows(grant.role())) {
        throw new RoleInUseException(grant.role(), groupId);
      }
    }
  }

  private Optional<Map<String, AttributeValue>> tenantItem(String tenantId) {
    return reads().item(Keys.tenant(tenantId), Keys.TENANT_SK);
  }

  private Reads reads() {
    return new Reads(dynamo);
  }
}
