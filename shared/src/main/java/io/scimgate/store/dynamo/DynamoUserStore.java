package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;
import java.util.Optional;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** Users stored as one item each under {@code T#<t>#USER}, sorted by id. */
public final class DynamoUserStore implements UserStore {
  private final Dynamo dynamo;

  public DynamoUserStore(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  @Override
  public ListPage list(String tenantId, ListQuery query) {
    int startIndex = query.startIndex();
    int count = query.count();
    List<StoredResource> out = new ArrayList<>();
    long seen = 0;
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
                                  .expressionAttributeValues(Map.of(":pk", s(Keys.users(tenantId))))
                                  .exclusiveStartKey(from)));
      for (Map<String, AttributeValue> item : page.items()) {
        seen++;
        if (seen >= startIndex && out.size() < count) {
          out.add(new StoredResource(item.get("sk").s(), 1, java.time.Instant.EPOCH, java.time.Instant.EPOCH, document(item)));
        }
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return new ListPage(out, seen);
  }

  static ObjectNode document(Map<String, AttributeValue> item) {
    try {
      return (ObjectNode) Json.parse(item.get("doc").s());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }


  @Override
  public StoredResource create(String tenantId, String id, ObjectNode document) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public Optional<StoredResource> get(String tenantId, String id) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public Optional<StoredResource> replace(String tenantId, String id, long expectedVersion, ObjectNode document) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public boolean delete(String tenantId, String id) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public Optional<StoredResource> findByUserName(String tenantId, String userName) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public Optional<StoredResource> findByExternalId(String tenantId, String externalId) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public List<StoredResource> findByWorkEmail(String tenantId, String email) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public List<StoredResource> getAll(String tenantId, List<String> ids) {
    throw new UnsupportedOperationException("users store in progress");
  }

  @Override
  public Counts counts(String tenantId) {
    throw new UnsupportedOperationException("users store in progress");
  }
}
