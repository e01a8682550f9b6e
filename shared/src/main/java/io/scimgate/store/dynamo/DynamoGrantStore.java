package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.store.GrantStore;
import io.scimgate.store.StoreUnavailableException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One item per group with grants: {@code (T#<t>#GRANTS, <groupId>)}. Creating or removing an item
 * moves the tenant item's {@code groupsWithGrants} counter in the same transaction.
 */
public final class DynamoGrantStore implements GrantStore {
  private static final int MAX_ATTEMPTS = 5;

  private final Dynamo dynamo;

  public DynamoGrantStore(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  @Override
  public List<Grant> get(String tenantId, String groupId) {
    return Reads.item(dynamo, Keys.grants(tenantId), groupId)
        .map(item -> GrantValues.from(item.get("grants")))
        .orElse(List.of());
  }

  @Override
  public Map<String, List<Grant>> ofGroups(String tenantId, Collection<String> groupIds) {
    List<Map<String, AttributeValue>> keys =
        new LinkedHashSet<>(groupIds).stream().map(id -> key(tenantId, id)).toList();
    return byGroup(Batches.get(dynamo, keys, null));
  }

  @Override
  public Map<String, List<Grant>> all(String tenantId) {
    return byGroup(Reads.prefixed(dynamo, Keys.grants(tenantId), null));
  }

  private static Map<String, List<Grant>> byGroup(List<Map<String, AttributeValue>> items) {
    Map<String, List<Grant>> out = new TreeMap<>();
    items.forEach(item -> out.put(item.get(Keys.SK).s(), GrantValues.from(item.get("grants"))));
    return out;
  }

  @Override
  public void put(String tenantId, String groupId, List<Grant> grants) {
    if (grants.isEmpty()) {
      delete(tenantId, groupId);
      return;
    }
    Map<String, AttributeValue> item = new java.util.HashMap<>(key(tenantId, groupId));
    item.put("grants", GrantValues.of(grants));
    TransactWriteItem firstPut =
        TransactWriteItem.builder()
            .put(p -> p.tableName(dynamo.table()).item(item).conditionExpression("attribute_not_exists(pk)"))
            .build();
    if (transact(firstPut, counter(tenantId, 1))) {
      return;
    }
    // The group had grants already: replace them; the counter stays as it is.
    dynamo.call(() -> dynamo.client().putItem(r -> r.tableName(dynamo.table()).item(item)));
  }

  @Override
  public boolean delete(String tenantId, String groupId) {
    TransactWriteItem remove =
        TransactWriteItem.builder()
            .delete(
                d ->
                    d.tableName(dynamo.table())
                        .key(key(tenantId, groupId))
                        .conditionExpression("attribute_exists(pk)"))
            .build();
    return transact(remove, counter(tenantId, -1));
  }

  private TransactWriteItem counter(String tenantId, long delta) {
    return TransactWriteItem.builder()
        .update(
            u ->
                u.tableName(dynamo.table())
                    .key(DynamoTenantStore.key(tenantId))
                    .updateExpression("ADD #c :d")
                    .expressionAttributeNames(Map.of("#c", DynamoTenantStore.GROUPS_WITH_GRANTS))
                    .expressionAttributeValues(Map.of(":d", Dynamo.n(delta))))
        .build();
  }

  /** Writes both; {@code false} when the first one's condition failed (nothing written). */
  private boolean transact(TransactWriteItem conditional, TransactWriteItem counter) {
    for (int attempt = 1; ; attempt++) {
      try {
        dynamo.call(
            () -> dynamo.client().transactWriteItems(r -> r.transactItems(conditional, counter)));
        return true;
      } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        if (!reasons.isEmpty() && "ConditionalCheckFailed".equals(reasons.get(0).code())) {
          return false;
        }
        if (attempt >= MAX_ATTEMPTS) {
          throw new StoreUnavailableException("grant transaction kept conflicting", e);
        }
        try {
          Thread.sleep(10L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new StoreUnavailableException("interrupted", interrupted);
        }
      }
    }
  }

  private static Map<String, AttributeValue> key(String tenantId, String groupId) {
    return Map.of(Keys.PK, s(Keys.grants(tenantId)), Keys.SK, s(groupId));
  }
}
