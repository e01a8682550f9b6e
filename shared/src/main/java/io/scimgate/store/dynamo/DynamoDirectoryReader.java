package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.DirectoryReader;
import io.scimgate.store.StoredResource;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
public record DynamoDirectoryReader(Dynamo dynamo) implements DirectoryReader {
  @Override
  public Page<TenantEntry> tenants(String after, int limit) {
    Map<String, AttributeValue> start = null;
    if (after != null) {
      start = new HashMap<>(DynamoTenantStore.key(after));
      start.put(Keys.GSI1_PK, s(DynamoTenantStore.REGISTRY));
      start.put(Keys.GSI1_SK, s(after));
    }
    Map<String, AttributeValue> from = start;
    return page(
        r ->
            r.indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(DynamoTenantStore.REGISTRY)))
                .exclusiveStartKey(from)
                .limit(limit),
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
    String pk = Keys.users(tenantId);
    if (active == null) {
      return page(partition(pk, after, limit), Keys.SK, Items::resource);
    }
    // Users without the flag count as active (UserFields); the store always writes it.
    return page(
        partition(pk, after, limit)
            .andThen(r ->
                r.filterExpression("#a = :a")
                    .expressionAttributeNames(Map.of("#a", DynamoUserStore.ACTIVE))
                    .expressionAttributeValues(
                        Map.of(":pk", s(pk), ":a", AttributeValue.fromBool(active)))),
        Keys.SK,
        Items::resource);
  }

  @Override
  public Page<StoredResource> groups(String tenantId, String after, int limit) {
    return page(partition(Keys.groups(tenantId), after, limit), Keys.SK, Items::resource);
  }

  @Override
  public Map<String, Long> memberCounts(String tenantId, Collection<String> groupIds) {
    return new Memberships(dynamo).counts(tenantId, List.copyOf(groupIds));
  }

  private static Consumer<QueryRequest.Builder> partition(String pk, String after, int limit) {
    Map<String, AttributeValue> start =
        after != null && Keys.fits(pk, after) ? Dynamo.key(pk, after) : null;
    return r ->
        r.keyConditionExpression("pk = :pk")
            .expressionAttributeValues(Map.of(":pk", s(pk)))
            .exclusiveStartKey(start)
            .consistentRead(true)
            .limit(limit);
  }

  private <T> Page<T> page(
      Consumer<QueryRequest.Builder> query,
      String cursorAttribute,
      Function<Map<String, AttributeValue>, T> map) {
    QueryResponse response = dynamo.query(query);
    List<T> items = response.items().stream().map(map).toList();
    return new Page<>(
        items,
        Dynamo.hasMore(response) ? response.lastEvaluatedKey().get(cursorAttribute).s() : null);
  }
}
