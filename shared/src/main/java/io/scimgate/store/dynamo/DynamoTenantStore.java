package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.RoleInUseException;
import io.scimgate.store.TenantStore;
import io.scimgate.store.UnknownRoleException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The tenant item {@code (T#<t>#, TENANT)}: settings as attributes, plus the {@code
 * groupsWithGrants} counter that {@link DynamoGrantStore} keeps.
 */
public final class DynamoTenantStore implements TenantStore {
  static final String GROUPS_WITH_GRANTS = "groupsWithGrants";
  /** Bumped by every grants write (group or default), so a roles change can hold to it. */
  static final String GRANTS_VERSION = "grantsVersion";

  private final Dynamo dynamo;
  private final Reads reads;

  public DynamoTenantStore(Dynamo dynamo) {
    this.dynamo = dynamo;
    this.reads = new Reads(dynamo);
  }

  static Map<String, AttributeValue> key(String tenantId) {
    return Map.of(Keys.PK, s(Keys.tenant(tenantId)), Keys.SK, s(Keys.TENANT_SK));
  }

  @Override
  public boolean create(String tenantId, Instant createdAt) {
    Map<String, AttributeValue> item = new HashMap<>(key(tenantId));
    item.put("tenantId", s(tenantId));
    item.put("createdAt", s(createdAt.toString()));
    item.put("syncEnabled", AttributeValue.fromBool(false));
    item.put("defaultGrants", GrantValues.of(List.of()));
    item.put(GROUPS_WITH_GRANTS, Dynamo.n(0));
    try {
      dynamo.call(
          () ->
              dynamo
                  .client()
                  .putItem(
                      r ->
                          r.tableName(dynamo.table())
                              .item(item)
                              .conditionExpression("attribute_not_exists(pk)")));
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }

  @Override
  public Optional<Tenant> get(String tenantId) {
    Optional<Map<String, AttributeValue>> found = reads.item(Keys.tenant(tenantId), Keys.TENANT_SK);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = found.get();
    AttributeValue roles = item.get("roles");
    AttributeValue stored = item.get("storedAttributes");
    AttributeValue counter = item.get(GROUPS_WITH_GRANTS);
    return Optional.of(
        new Tenant(
            tenantId,
            Instant.parse(item.get("createdAt").s()),
            Boolean.TRUE.equals(item.getOrDefault("syncEnabled", AttributeValue.fromBool(false)).bool()),
            roles == null ? RoleLadder.DEFAULT : new RoleLadder(strings(roles)),
            GrantValues.from(item.get("defaultGrants")),
            stored == null ? null : strings(stored),
            counter == null ? 0 : Long.parseLong(counter.n())));
  }

  @Override
  public boolean setSyncEnabled(String tenantId, boolean enabled) {
    return set(tenantId, "syncEnabled", AttributeValue.fromBool(enabled));
  }

  /**
   * Checks that no grant names a removed role — the default grants and every group's grants
   * (one query, bounded by the number of groups with grants) — and writes the roles conditional
   * on {@code grantsVersion} being what it was before those grants were read: a grants write in
   * between makes the check run again, under the retry budget.
   */
  @Override
  public boolean setRoles(String tenantId, RoleLadder roles) {
    try (RetryBudget.Loop loop = RetryBudget.loop("roles put")) {
      while (true) {
        Optional<Map<String, AttributeValue>> found = reads.item(Keys.tenant(tenantId), Keys.TENANT_SK);
        if (found.isEmpty()) {
          return false;
        }
        AttributeValue version = found.get().get(GRANTS_VERSION);
        stillKnown(roles, GrantValues.from(found.get().get("defaultGrants")), null);
        for (Map<String, AttributeValue> item : reads.prefixed(Keys.grants(tenantId), null)) {
          stillKnown(roles, GrantValues.from(item.get("grants")), item.get(Keys.SK).s());
        }
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", list(roles.roles())));
        if (version != null) {
          values.put(":gv", version);
        }
        try {
          update(tenantId, "SET #a = :v", version == null
              ? "attribute_exists(pk) AND attribute_not_exists(#gv)"
              : "attribute_exists(pk) AND #gv = :gv",
              Map.of("#a", "roles", "#gv", GRANTS_VERSION), values);
          return true;
        } catch (ConditionalCheckFailedException grantsChanged) {
          loop.pause(grantsChanged);
        }
      }
    }
  }

  /** Conditional on the roles the grants name still being the tenant's ({@link UnknownRoleException}). */
  @Override
  public boolean setDefaultGrants(String tenantId, List<Grant> grants) {
    List<String> roles = grants.stream().map(Grant::role).distinct().toList();
    Map<String, String> names = new HashMap<>(Map.of("#a", "defaultGrants", "#gv", GRANTS_VERSION));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", GrantValues.of(grants), ":one", Dynamo.n(1)));
    String condition = rolesKnown(roles, names, values);
    try {
      update(tenantId, "SET #a = :v ADD #gv :one", condition, names, values);
      return true;
    } catch (ConditionalCheckFailedException failed) {
      if (get(tenantId).isEmpty()) {
        return false;
      }
      throw new UnknownRoleException();
    }
  }

  /**
   * The tenant item's part of a grants write: {@code groupsWithGrants} moved by {@code delta}
   * and, when {@code roles} is not null, {@code grantsVersion} bumped, conditional on each of
   * those roles being one of the tenant's roles.
   */
  TransactWriteItem grantsChanged(String tenantId, long delta, List<String> roles) {
    Map<String, String> names = new HashMap<>(Map.of("#c", GROUPS_WITH_GRANTS));
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":d", Dynamo.n(delta)));
    String update = roles == null ? "ADD #c :d" : "ADD #c :d, #gv :one";
    if (roles != null) {
      names.put("#gv", GRANTS_VERSION);
      values.put(":one", Dynamo.n(1));
    }
    String expression = roles == null ? null : rolesKnown(roles, names, values);
    return TransactWriteItem.builder()
        .update(
            u ->
                u.tableName(dynamo.table())
                    .key(key(tenantId))
                    .updateExpression(update)
                    .conditionExpression(expression)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values))
        .build();
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
    return "attribute_exists(pk) AND " + (defaults ? "(attribute_not_exists(#roles) OR " + own + ")" : own);
  }

  private static void stillKnown(RoleLadder roles, List<Grant> grants, String groupId) {
    for (Grant grant : grants) {
      if (!roles.knows(grant.role())) {
        throw new RoleInUseException(grant.role(), groupId);
      }
    }
  }

  @Override
  public boolean setStoredAttributes(String tenantId, List<String> attributes) {
    return set(tenantId, "storedAttributes", list(attributes));
  }

  private boolean set(String tenantId, String attribute, AttributeValue value) {
    try {
      update(tenantId, "SET #a = :v", "attribute_exists(pk)", Map.of("#a", attribute), Map.of(":v", value));
      return true;
    } catch (ConditionalCheckFailedException absent) {
      return false;
    }
  }

  private void update(
      String tenantId, String expression, String condition, Map<String, String> names,
      Map<String, AttributeValue> values) {
    dynamo.update(key(tenantId), expression, condition, names, values);
  }

  private static AttributeValue list(List<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  private static List<String> strings(AttributeValue value) {
    return value.l().stream().map(AttributeValue::s).toList();
  }
}
