package io.scimgate.testing;

import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.Keys;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** What tests and benchmarks count in the table, read past the store (and its counters). */
public final class TableCounts {
  private TableCounts() {}

  /** Items in partition {@code pk}: a consistent COUNT Query, every page. */
  public static long partition(Dynamo dynamo, String pk) {
    long count = 0;
    for (QueryResponse page :
        dynamo.pages(r ->
            r.keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                .select(Select.COUNT)
                .consistentRead(true))) {
      count += page.count();
    }
    return count;
  }

  /**
   * Items whose pk starts with {@code prefix}, by a consistent full-table Scan: what a test uses to
   * prove nothing is left anywhere, never what the service does.
   */
  public static long scanPrefix(Dynamo dynamo, String prefix) {
    long count = 0;
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      ScanResponse page =
          dynamo
              .client()
              .scan(r -> r.tableName(dynamo.table()).exclusiveStartKey(from).consistentRead(true));
      count += page.items().stream().filter(i -> i.get(Keys.PK).s().startsWith(prefix)).count();
      start =
          page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
              ? page.lastEvaluatedKey()
              : null;
    } while (start != null);
    return count;
  }
}
