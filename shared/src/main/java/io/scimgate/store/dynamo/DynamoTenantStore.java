package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.store.TenantStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The tenant item {@code (T#<t>#, TENANT)}: settings as attributes, plus the {@code
 * groupsWithGrants} counter that {@link DynamoGrantStore} keeps. Roles and default grants are
 * written by {@link TenantRoles}, which keeps them consistent with every group's grants.
 */
public final class DynamoTenantStore implements TenantStore {
  static final String GROUPS_WITH_GRANTS = "groupsWithGrants";

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

  @Override
  public boolean setRoles(String tenantId, RoleLadder roles) {
    return new TenantRoles(dynamo).setRoles(tenantId, roles);
  }

  @Override
  public boolean setDefaultGrants(String tenantId, List<Grant> grants) {
    return new TenantRoles(dynamo).setDefaultGrants(tenantId, grants);
  }

  @Override
  public boolean setStoredAttributes(String tenantId, List<String> attributes) {
    return set(tenantId, "storedAttributes", list(attributes));
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
    dynamo.update(key(tenantId), expression, condition, names, values);
  }

  private static AttributeValue list(List<String> values) {
    return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
  }

  private static List<String> strings(AttributeValue value) {
    return value.l().stream().map(AttributeValue::s).toList();
  }
}
