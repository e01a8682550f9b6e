package io.scimgate.store.dynamo;

import io.scimgate.store.StoreUnavailableException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.paginators.QueryIterable;

/**
 * The client and table name, the single translation of SDK failures into store terms, and the
 * single-request helpers every store shares (paged queries, one-item updates).
 */
public record Dynamo(DynamoDbClient client, String table) {

  /**
   * Runs a call; SDK failures other than the ones the caller handles itself (a failed condition, a
   * cancelled transaction) become {@link StoreUnavailableException}.
   */
  public <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (SdkException e) {
      if (e instanceof ConditionalCheckFailedException
          || e instanceof TransactionCanceledException) {
        throw e;
      }
      throw new StoreUnavailableException("DynamoDB call failed", e);
    }
  }

  public static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  public static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  public static AttributeValue bool(boolean value) {
    return AttributeValue.fromBool(value);
  }

  /** A primary key of the table. */
  public static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(Keys.PK, s(pk), Keys.SK, s(sk));
  }

  /** True when a GetItem or batch answer holds an item. */
  public static boolean present(Map<String, AttributeValue> item) {
    return item != null && !item.isEmpty();
  }

  /** Every item a query matches, all pages (the SDK's paginator). */
  public List<Map<String, AttributeValue>> queryAll(QueryRequest request) {
    return call(() -> new QueryIterable(client, request).items().stream().toList());
  }

  /**
   * The pages of a query, read lazily one at a time as the caller iterates (the SDK's paginator),
   * so a caller can stop between pages; each read fails as {@link #call} does.
   */
  public Iterable<QueryResponse> pages(QueryRequest request) {
    return () -> {
      Iterator<QueryResponse> pages = new QueryIterable(client, request).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return call(pages::hasNext);
        }

        @Override
        public QueryResponse next() {
          return call(pages::next);
        }
      };
    };
  }

  /**
   * UpdateItem of the item at {@code key}; {@code condition} may be null. A failed condition is
   * {@link ConditionalCheckFailedException}, for the caller to interpret.
   */
  public void update(
      Map<String, AttributeValue> key,
      String update,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    call(() ->
        client.updateItem(r ->
            r.tableName(table)
                .key(key)
                .updateExpression(update)
                .conditionExpression(condition)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)));
  }
}
