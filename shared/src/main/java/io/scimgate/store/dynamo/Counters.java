package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Per-tenant totals (users, active users, groups) kept inside the same transactions as the writes
 * that change them, so a count is always exact and never needs a scan.
 *
 * <p>A single counter item would be touched by every create and delete of the tenant, and
 * concurrent transactions on one item cancel each other ({@code TransactionConflict}). The counters
 * are therefore split into {@link Keys#COUNTER_SHARDS} items ({@code T#<t>#}, {@code COUNT#0..7});
 * each write adds its delta to a randomly chosen shard, and a read sums all shards with one Query.
 */
record Counters(Dynamo dynamo) {
  static final String USERS = "users";
  static final String ACTIVE_USERS = "activeUsers";
  static final String GROUPS = "groups";

  /** An ADD of the non-zero deltas on a random shard, or null when every delta is zero. */
  TransactWriteItem add(String tenantId, Map<String, Long> deltas) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    StringBuilder expression = new StringBuilder();
    int i = 0;
    for (Map.Entry<String, Long> delta : deltas.entrySet()) {
      if (delta.getValue() == 0) {
        continue;
      }
      expression.append(i == 0 ? "ADD " : ", ").append("#c").append(i).append(" :d").append(i);
      names.put("#c" + i, delta.getKey());
      values.put(":d" + i, n(delta.getValue()));
      i++;
    }
    if (i == 0) {
      return null;
    }
    int shard = ThreadLocalRandom.current().nextInt(Keys.COUNTER_SHARDS);
    return dynamo.updateAction(u ->
        u.key(Dynamo.key(Keys.tenant(tenantId), Keys.counterSk(shard)))
            .updateExpression(expression.toString())
            .expressionAttributeNames(names)
            .expressionAttributeValues(values));
  }

  static Map<String, Long> deltas(String name, long value, String name2, long value2) {
    Map<String, Long> deltas = new LinkedHashMap<>();
    deltas.put(name, value);
    deltas.put(name2, value2);
    return deltas;
  }

  /** Each counter summed over all shards, by attribute name (one Query over ≤ 8 small items). */
  Map<String, Long> read(String tenantId) {
    Map<String, Long> sums = new HashMap<>();
    for (Map<String, AttributeValue> shard :
        new Reads(dynamo).prefixed(Keys.tenant(tenantId), Keys.COUNTER_PREFIX)) {
      shard.forEach((name, value) -> {
        if (value.n() != null) {
          sums.merge(name, Long.parseLong(value.n()), Long::sum);
        }
      });
    }
    return sums;
  }
}
