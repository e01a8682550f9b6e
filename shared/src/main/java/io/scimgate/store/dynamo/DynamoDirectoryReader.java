package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.DirectoryReader;
import io.scimgate.store.StoredResource;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One Query per page with {@code Limit = limit}: users and groups from their tenant partition
 * (strongly consistent, ≈ 1 RCU per 4 KB read), tenants from the gsi1 registry partition
 * (eventually consistent, 0.5 RCU per 4 KB). The {@code active} filter is a FilterExpression, so
 * the items read stay bounded by {@code limit} whatever the filter keeps.
 */
public final class DynamoDirectoryReader implements DirectoryReader {
  private final Dynamo dynamo;

  public DynamoDirectoryReader(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  @Override
  public Page<TenantEntry> tenants(String after, int limit) {
    QueryRequest.Builder query =
        QueryRequest.builder()
            .tableName(dynamo.table())
            .indexName(Keys.GSI1)
            .keyConditionExpression("gsi1pk = :pk")
            .expressionAttributeValues(Map.of(":pk", s(DynamoTenantStore.REGISTRY)))
            .limit(limit);
    if (after != null) {
      Map<String, AttributeValue> start = new HashMap<>(DynamoTenantStore.key(after));
      start.put(Keys.GSI1_PK, s(DynamoTenantStore.REGISTRY));
      start.put(Keys.GSI1_SK, s(after));
      query.exclusiveStartKey(start);
    }
    return page(
        query.build(),
        Keys.GSI1_SK,
        item ->
            new TenantEntry(
                item.get("tenantId").s(),
                Boolean.TRUE.equals(
                    item.getOrDefault("syncEnabled", AttributeValue.fromBool(false)).bool()),
                Instant.parse(item.get("createdAt").s())));
  }

  @Override
  public Page<StoredResource> users(String tenantId, String after, int limit, Boolean active) {
    QueryRequest.Builder query = partition(Keys.users(tenantId), after, limit);
    if (active != null) {
      // Users without the flag count as active (UserFields); the store always writes it.
      query
          .filterExpression("#a = :a")
          .expressionAttributeNames(Map.of("#a", DynamoUserStore.ACTIVE))
          .expressionAttributeValues(
              Map.of(":pk", s(Keys.users(tenantId)), ":a", AttributeValue.fromBool(active)));
    }
    return page(query.build(), Keys.SK, Items::resource);
  }

  @Override
  public Page<StoredResource> groups(String tenantId, String after, int limit) {
    return page(partition(Keys.groups(tenantId), after, limit).build(), Keys.SK, Items::resource);
  }

  @Override
  public Map<String, Long> memberCounts(String tenantId, Collection<String> groupIds) {
    return new Memberships(dynamo).counts(tenantId, List.copyOf(groupIds));
  }

  private QueryRequest.Builder partition(String pk, String after, int limit) {
    QueryRequest.Builder query =
        QueryRequest.builder()
            .tableName(dynamo.table())
            .keyConditionExpression("pk = :pk")
            .expressionAttributeValues(Map.of(":pk", s(pk)))
            .consistentRead(true)
            .limit(limit);
    if (after != null && Keys.fits(pk, after)) {
      query.exclusiveStartKey(Dynamo.key(pk, after));
    }
    return query;
  }

  private <T> Page<T> page(
      QueryRequest query, String cursorAttribute, Function<Map<String, AttributeValue>, T> map) {
    QueryResponse response = dynamo.call(() -> dynamo.client().query(query));
    List<T> items = response.items().stream().map(map).toList();
    boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
    return new Page<>(items, more ? response.lastEvaluatedKey().get(cursorAttribute).s() : null);
  }
}
