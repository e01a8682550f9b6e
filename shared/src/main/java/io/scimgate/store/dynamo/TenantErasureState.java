package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.TenantErasure.Progress;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * The erasure's persisted state, kept on the tenant record itself (the last item to go): status,
 * position (family and nested parents in progress), counts, and the lease that lets one run at a
 * time work on a tenant. Every write is conditioned on the status, and every write of a run on its
 * lease, so a run that lost its lease (or a tenant already gone) changes nothing.
 */
record TenantErasureState(Dynamo dynamo) {
  static final String STATUS = "status";
  static final String DELETING = "deleting";

  /** gsi1 partition listing the tenants being erased, for the scheduled job (no scan). */
  static final String SWEEP_PARTITION = "SYS#ERASE";

  /** {@link #FAMILY} value once a pass has gone through every family. */
  static final String PASS_DONE = "settling";

  static final String SINCE = "deletingSince";
  static final String SETTLE_AT = "settleAt";
  static final String PASS_STARTED = "passStartedAt";
  static final String PASSES = "passes";
  static final String FAMILY = "eraseFamily";
  static final String PARENTS = "eraseParents";
  static final String ERASED = "erased";
  static final String LEASE = "eraseLease";
  static final String OWNER = "eraseOwner";

  static boolean isDeleting(Map<String, AttributeValue> tenantItem) {
    AttributeValue status = tenantItem.get(STATUS);
    return status != null && DELETING.equals(status.s());
  }

  /** Marks an existing, not yet deleting tenant; false when the condition fails. */
  boolean markDeleting(String tenantId, Instant now, Instant settleAt) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":del", s(DELETING));
    values.put(":since", s(now.toString()));
    values.put(":settle", n(settleAt.toEpochMilli()));
    values.put(":now", n(now.toEpochMilli()));
    values.put(":one", n(1));
    values.put(":sweep", s(SWEEP_PARTITION));
    values.put(":tenant", s(tenantId));
    values.put(":empty", AttributeValue.fromM(Map.of()));
    return update(
            tenantId,
            "attribute_exists(pk) AND (attribute_not_exists(#st) OR #st <> :del)",
            "SET #st = :del, "
                + SINCE
                + " = :since, "
                + SETTLE_AT
                + " = :settle, "
                + PASS_STARTED
                + " = :now, "
                + PASSES
                + " = :one, "
                + ERASED
                + " = :empty, "
                + Keys.GSI1_PK
                + " = :sweep, "
                + Keys.GSI1_SK
                + " = :tenant",
            values)
        .isPresent();
  }

  /** Takes the lease if it is free or expired; the tenant record afterwards, or empty. */
  Optional<Map<String, AttributeValue>> acquire(
      String tenantId, String owner, long nowMillis, long untilMillis) {
    return update(
        tenantId,
        "#st = :del AND (attribute_not_exists(" + LEASE + ") OR " + LEASE + " < :now)",
        "SET " + LEASE + " = :until, " + OWNER + " = :me",
        Map.of(
            ":del", s(DELETING), ":now", n(nowMillis), ":until", n(untilMillis), ":me", s(owner)));
  }

  /** Records deleted items and the position; false when the lease is no longer this run's. */
  Optional<Map<String, AttributeValue>> record(
      String tenantId,
      String owner,
      String family,
      Map<String, Long> deleted,
      List<String> parents) {
    Map<String, String> names = new HashMap<>(Map.of("#st", STATUS));
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":del", s(DELETING));
    values.put(":me", s(owner));
    values.put(":f", s(family));
    if (!deleted.isEmpty()) {
      values.put(":zero", n(0));
    }
    StringBuilder set = new StringBuilder("SET " + FAMILY + " = :f");
    int i = 0;
    for (Map.Entry<String, Long> count : deleted.entrySet()) {
      names.put("#c" + i, count.getKey());
      values.put(":c" + i, n(count.getValue()));
      set.append(", ")
          .append(ERASED)
          .append(".#c")
          .append(i)
          .append(" = if_not_exists(")
          .append(ERASED)
          .append(".#c")
          .append(i)
          .append(", :zero) + :c")
          .append(i);
      i++;
    }
    String expression = set.toString();
    if (parents != null && parents.isEmpty()) {
      expression += " REMOVE " + PARENTS;
    } else if (parents != null) {
      values.put(":parents", AttributeValue.fromL(parents.stream().map(Dynamo::s).toList()));
      expression += ", " + PARENTS + " = :parents";
    }
    return update(tenantId, "#st = :del AND " + OWNER + " = :me", expression, names, values);
  }

  /** Starts another pass over every family. */
  Optional<Map<String, AttributeValue>> newPass(
      String tenantId, String owner, String firstFamily, long nowMillis) {
    return update(
        tenantId,
        "#st = :del AND " + OWNER + " = :me",
        "SET " + FAMILY + " = :f, " + PASS_STARTED + " = :now ADD " + PASSES + " :one",
        Map.of(
            ":del",
            s(DELETING),
            ":me",
            s(owner),
            ":f",
            s(firstFamily),
            ":now",
            n(nowMillis),
            ":one",
            n(1)));
  }

  /** Frees the lease so the next run need not wait for it to expire. */
  void release(String tenantId, String owner) {
    update(
        tenantId,
        "#st = :del AND " + OWNER + " = :me",
        "SET " + LEASE + " = :zero",
        Map.of(":del", s(DELETING), ":me", s(owner), ":zero", n(0)));
  }

  /** Deletes the tenant record, the last item of the tenant; false when the lease was lost. */
  boolean finish(String tenantId, String owner) {
    try {
      dynamo.delete(r ->
          r.key(DynamoTenantStore.key(tenantId))
              .conditionExpression("#st = :del AND " + OWNER + " = :me")
              .expressionAttributeNames(Map.of("#st", STATUS))
              .expressionAttributeValues(Map.of(":del", s(DELETING), ":me", s(owner))));
      return true;
    } catch (ConditionalCheckFailedException lost) {
      return false;
    }
  }

  Optional<Map<String, AttributeValue>> read(String tenantId) {
    return new Reads(dynamo)
        .item(Keys.tenant(tenantId), Keys.TENANT_SK)
        .filter(TenantErasureState::isDeleting);
  }

  static Progress progress(String tenantId, Map<String, AttributeValue> item, String phase) {
    Map<String, Long> erased = new HashMap<>();
    AttributeValue counts = item.get(ERASED);
    if (counts != null && counts.hasM()) {
      counts.m().forEach((family, count) -> erased.put(family, Long.parseLong(count.n())));
    }
    String family = item.containsKey(FAMILY) ? item.get(FAMILY).s() : "starting";
    return new Progress(
        tenantId,
        Instant.parse(item.get(SINCE).s()),
        Instant.ofEpochMilli(Long.parseLong(item.get(SETTLE_AT).n())),
        phase != null ? phase : family,
        Long.parseLong(item.get(PASSES).n()),
        erased);
  }

  static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  static List<String> parents(Map<String, AttributeValue> item) {
    AttributeValue value = item.get(PARENTS);
    return value == null || !value.hasL()
        ? List.of()
        : value.l().stream().map(AttributeValue::s).toList();
  }

  private Optional<Map<String, AttributeValue>> update(
      String tenantId, String condition, String expression, Map<String, AttributeValue> values) {
    return update(tenantId, condition, expression, Map.of("#st", STATUS), values);
  }

  private Optional<Map<String, AttributeValue>> update(
      String tenantId,
      String condition,
      String expression,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    try {
      return Optional.of(
          dynamo.update(r ->
              r.key(DynamoTenantStore.key(tenantId))
                  .conditionExpression(condition)
                  .updateExpression(expression)
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(values)
                  .returnValues(ReturnValue.ALL_NEW)));
    } catch (ConditionalCheckFailedException failed) {
      return Optional.empty();
    }
  }
}
