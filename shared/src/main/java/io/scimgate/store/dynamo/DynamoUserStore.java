package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.UserStore;
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
  public Page list(String tenantId, int startIndex, int count) {
    List<ObjectNode> out = new ArrayList<>();
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
          out.add(document(item));
        }
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return new Page(out, seen);
  }

  static ObjectNode document(Map<String, AttributeValue> item) {
    try {
      return (ObjectNode) Json.parse(item.get("doc").s());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

}
