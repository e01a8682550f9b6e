package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.store.GrantStore;
import io.scimgate.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * One item per group with grants: {@code (T#<t>#GRANTS, <groupId>)}. Creating or removing an item
 * moves the tenant item's {@code groupsWithGrants} counter in the same transaction.
 */
public final class DynamoGrantStore implements GrantStore {
  private static final int BATCH_GET_KEYS = 100;
  private static final int MAX_ATTEMPTS = 5;

  private final Dynamo dynamo;

  public DynamoGrantStore(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  @Override
  public List<Grant> get(String tenantId, String groupId) {
    Map<String, AttributeValue> item =
        dynamo.call(
            () ->
                dynamo
                    .client()
                    .getItem(r -> r.tableName(dynamo.table()).key(key(tenantId, groupId)).consistentRead(true))
                    .item());
    return item == null || item.isEmpty() ? List.of() : GrantValues.from(item.get("grants"));
  }

  @Override
  public Map<String, List<Grant>> ofGroups(String tenantId, Collection<String> groupIds) {
    Map<String, List<Grant>> out = new TreeMap<>();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(groupIds));
    for (int from = 0; from < ids.size(); from += BATCH_GET_KEYS) {
      List<Map<String, AttributeValue>> keys =
          ids.subList(from, Math.min(ids.size(), from + BATCH_GET_KEYS)).stream()
              .map(id -> key(tenantId, id))
              .toList();
      Map<String, KeysAndAttributes> request =
          Map.of(dynamo.table(), KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
      for (int attempt = 0; !request.isEmpty(); attempt++) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new StoreUnavailableException("grants batch read kept being throttled", null);
        }
        Map<String, KeysAndAttributes> ask = request;
        BatchGetItemResponse response =
            dynamo.call(() -> dynamo.client().batchGetItem(r -> r.requestItems(ask)));
        response
            .responses()
            .getOrDefault(dynamo.table(), List.of())
            .forEach(item -> out.put(item.get(Keys.SK).s(), GrantValues.from(item.get("grants"))));
        request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
    return out;
  }

  @Override
  public Map<String, List<Grant>> all(String tenantId) {
    Map<String, List<Grant>> out = new TreeMap<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      QueryResponse page =
          dynamo.call(
              () ->
                  dynamo
                      .client()
                      .query(
                          r ->
                              r.tableName(dynamo.table())
                                  .keyConditionExpression("pk = :pk")
                                  .expressionAttributeValues(Map.of(":pk", s(Keys.grants(tenantId))))
                                  .exclusiveStartKey(from)
                                  .consistentRead(true)));
      page.items().forEach(item -> out.put(item.get(Keys.SK).s(), GrantValues.from(item.get("grants"))));
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
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
