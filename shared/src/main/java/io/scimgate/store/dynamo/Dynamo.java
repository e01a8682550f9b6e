package io.scimgate.store.dynamo;

import io.scimgate.store.StoreUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The client and table name, plus the single translation of SDK failures into store terms. */
public record Dynamo(DynamoDbClient client, String table) {

  /**
   * Runs a call; SDK failures other than the ones the caller handles itself become {@link
   * StoreUnavailableException}.
   */
  public <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (SdkException e) {
      if (e instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException
          || e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException) {
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
  public static java.util.Map<String, AttributeValue> key(String pk, String sk) {
    return java.util.Map.of(Keys.PK, s(pk), Keys.SK, s(sk));
  }

  /** True when a GetItem or batch answer holds an item. */
  public static boolean present(java.util.Map<String, AttributeValue> item) {
    return item != null && !item.isEmpty();
  }

  /** Every item a query matches, following LastEvaluatedKey page by page. */
  public java.util.List<java.util.Map<String, AttributeValue>> queryAll(QueryRequest request) {
    java.util.List<java.util.Map<String, AttributeValue>> items = new java.util.ArrayList<>();
    java.util.Map<String, AttributeValue> start = null;
    do {
      QueryRequest page = request.toBuilder().exclusiveStartKey(start).build();
      QueryResponse response = call(() -> client.query(page));
      items.addAll(response.items());
      start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
    } while (start != null);
    return items;
  }
}
