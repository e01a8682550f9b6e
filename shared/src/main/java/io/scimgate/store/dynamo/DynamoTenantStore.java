package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.feed.AccessEvents;
import io.scimgate.store.StoreUnavailableException;
import io.scimgate.store.TenantStore;
import java.time.Clock;
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
 * groupsWithGrants} counter that {@link DynamoGrantStore} keeps. Roles and default grants are
 * written by {@link TenantRoles}, which keeps them consistent with every group's grants.
 */
public record DynamoTenantStore(Dynamo dynamo) implements TenantStore {
  static final String GROUPS_WITH_GRANTS = "groupsWithGrants";
  static final String INVITE_ON_CREATE = "inviteOnCreate";
  private static final String SETTINGS_REV = TenantRoles.SETTINGS_REV;

  /** gsi1 partition listing every tenant (GET /admin/tenants), sorted by tenant id. */
  static final String REGISTRY = "SYS#TENANTS";

  static final String REQUIRED_ATTRIBUTES = "requiredAttributes";
  static final String STORED_ATTRIBUTES = "storedAttributes";

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
    item.put(Keys.GSI1_PK, s(REGISTRY));
    item.put(Keys.GSI1_SK, s(tenantId));
    try {
      dynamo.put(r -> r.item(item).conditionExpression("attribute_not_exists(pk)"));
      return true;
    } catch (ConditionalCheckFailedException exists) {
      return false;
    }
  }

  @Override
  public Optional<Tenant> get(String tenantId) {
    Optional<Map<String, AttributeValue>> found =
        reads().item(Keys.tenant(tenantId), Keys.TENANT_SK);
    return found.map(item -> tenant(tenantId, item));
  }

  /** The tenant view of a tenant item. */
  static Tenant tenant(String tenantId, Map<String, AttributeValue> item) {
    AttributeValue roles = item.get("roles");
    AttributeValue stored = item.get("storedAttributes");
    AttributeValue counter = item.get(GROUPS_WITH_GRANTS);
    AttributeValue required = item.get(REQUIRED_ATTRIBUTES);
    return new Tenant(
        tenantId,
        Instant.parse(item.get("createdAt").s()),
        Boolean.TRUE.equals(
            item.getOrDefault("syncEnabled", AttributeValue.fromBool(false)).bool()),
        roles == null ? RoleLadder.DEFAULT : new RoleLadder(strings(roles)),
        GrantValues.from(item.get("defaultGrants")),
        stored == null ? null : strings(stored),
        counter == null ? 0 : Long.parseLong(counter.n()),
        Boolean.TRUE.equals(
            item.getOrDefault(INVITE_ON_CREATE, AttributeValue.fromBool(false)).bool()),
        required == null ? List.of() : strings(required),
        TenantErasureState.DELETING.equals(
            item.getOrDefault(TenantErasureState.STATUS, s("active")).s()));
  }

  /** With the job that fans out {@code access.changed} to every user (sync is a fact of all). */
  @Override
  public boolean setSyncEnabled(String tenantId, boolean enabled) {
    return setWithJob(
        tenantId,
        "syncEnabled",
        AttributeValue.fromBool(enabled),
        AccessEvents.SYNC,
        t -> BooleanNode.valueOf(t.syncEnabled()),
        BooleanNode.valueOf(enabled),
        true);
  }

  @Override
  public boolean setRoles(String tenantId, RoleLadder roles) {
    return new TenantRoles(dynamo)
        .setRoles(
            tenantId,
            roles,
            job(
                tenantId,
                AccessEvents.ROLES,
                t -> GrantJson.strings(t.roles().roles()),
                GrantJson.strings(roles.roles())));
  }

  @Override
  public boolean setDefaultGrants(String tenantId, List<Grant> grants) {
    return new TenantRoles(dynamo)
        .setDefaultGrants(
            tenantId,
            grants,
            job(
                tenantId,
                AccessEvents.DEFAULT_GRANTS,
                t -> GrantJson.of(t.defaultGrants()),
                GrantJson.of(grants)));
  }

  /**
   * The fan-out job of a roles or default-grants change ({@link AccessJobs}): only when the value
   * changes and the tenant's sync is on (otherwise nobody's effective access is published).
   */
  private TenantRoles.Job job(
      String tenantId,
      String kind,
      java.util.function.Function<Tenant, JsonNode> before,
      JsonNode after) {
    return item -> {
      Tenant current = tenant(tenantId, item);
      JsonNode old = before.apply(current);
      if (old.equals(after) || !current.syncEnabled()) {
        return Optional.empty();
      }
      return Optional.of(
          AccessJobs.job(dynamo, Clock.systemUTC(), tenantId, kind, null, old, after));
    };
  }

  /**
   * Sets a setting that decides access, in one transaction with its fan-out job ({@link
   * AccessJobs}) when the value changes and users can be affected (sync on, or the sync flag
   * itself). Conditional on the settings revision read, so the job's {@code before} is exact.
   */
  private boolean setWithJob(
      String tenantId,
      String attribute,
      AttributeValue value,
      String kind,
      java.util.function.Function<Tenant, JsonNode> before,
      JsonNode after,
      boolean always) {
    for (int attempt = 1; ; attempt++) {
      Optional<Map<String, AttributeValue>> item =
          new Reads(dynamo).item(Keys.tenant(tenantId), Keys.TENANT_SK);
      Optional<Tenant> current = get(tenantId);
      if (item.isEmpty() || current.isEmpty()) {
        return false;
      }
      JsonNode old = before.apply(current.get());
      if (old.equals(after)) {
        return true;
      }
      AttributeValue rev = item.get().get(SETTINGS_REV);
      Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", value, ":one", Dynamo.n(1)));
      if (rev != null) {
        values.put(":r", rev);
      }
      String condition =
          "attribute_exists(pk) and " + (rev == null ? "attribute_not_exists(#r)" : "#r = :r");
      List<TransactWriteItem> actions = new java.util.ArrayList<>();
      actions.add(
          dynamo.updateAction(
              key(tenantId),
              "SET #a = :v ADD #r :one",
              new Condition(condition, Map.of("#a", attribute, "#r", SETTINGS_REV), values)));
      if (always || current.get().syncEnabled()) {
        actions.add(AccessJobs.job(dynamo, Clock.systemUTC(), tenantId, kind, null, old, after));
      }
      try {
        new Transactions(dynamo).write(actions, i -> new ChangedMeanwhile());
        return true;
      } catch (ChangedMeanwhile raced) {
        if (attempt >= 5) {
          throw new StoreUnavailableException("tenant settings kept changing meanwhile", raced);
        }
      }
    }
  }

  private static final class ChangedMeanwhile extends RuntimeException {
    ChangedMeanwhile() {
      super("tenant settings changed meanwhile", null, false, false);
    }
  }

  @Override
  public boolean setStoredAttributes(String tenantId, List<String> attributes) {
    return set(tenantId, STORED_ATTRIBUTES, list(attributes));
  }

  @Override
  public boolean setInviteOnCreate(String tenantId, boolean enabled) {
    return set(tenantId, INVITE_ON_CREATE, AttributeValue.fromBool(enabled));
  }

  @Override
  public boolean setRequiredAttributes(String tenantId, List<String> attributes) {
    return set(tenantId, REQUIRED_ATTRIBUTES, list(attributes));
  }

  @Override
  public boolean setRequiredAttributes(
      String tenantId, List<String> attributes, List<String> storedRead) {
    return setIf(tenantId, REQUIRED_ATTRIBUTES, list(attributes), STORED_ATTRIBUTES, storedRead);
  }

  @Override
  public boolean setStoredAttributes(
      String tenantId, List<String> attributes, List<String> requiredRead) {
    return setIf(tenantId, STORED_ATTRIBUTES, list(attributes), REQUIRED_ATTRIBUTES, requiredRead);
  }

  /**
   * SET {@code attribute} if {@code other} still holds {@code otherRead}: absent when null, absent
   * or empty when empty (both mean "none" for either list), else equal.
   */
  private boolean setIf(
      String tenantId,
      String attribute,
      AttributeValue value,
      String other,
      List<String> otherRead) {
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":v", value));
    String unchanged;
    if (otherRead == null) {
      unchanged = "attribute_not_exists(#o)";
    } else if (otherRead.isEmpty()) {
      unchanged = "(attribute_not_exists(#o) OR size(#o) = :zero)";
      values.put(":zero", Dynamo.n(0));
    } else {
      unchanged = "#o = :read";
      values.put(":read", list(otherRead));
    }
    try {
      update(
          tenantId,
          "SET #a = :v",
          "attribute_exists(pk) AND " + unchanged,
          Map.of("#a", attribute, "#o", other),
          values);
      return true;
    } catch (ConditionalCheckFailedException changed) {
      return false;
    }
  }

  private boolean set(String tenantId, String attribute, AttributeValue value) {
    try {
      update(
          tenantId,
          "SET #a = :v",
          "attribute_exists(pk)",
          Map.of("#a", attribute),
          Map.of(":v", value));
      return true;
    } catch (ConditionalCheckFailedException absent) {
      return false;
    }
  }

  private void update(
      String tenantId,
      String expression,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    dynamo.update(key(tenantId), expression, new Condition(condition, names, values));
  }

  private static AttributeValue list(List<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  private static List<String> strings(AttributeValue value) {
    return value.l().stream().map(AttributeValue::s).toList();
  }

  private Reads reads() {
    return new Reads(dynamo);
  }
}
