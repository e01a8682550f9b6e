package io.scimgate.store.dynamo;

import io.scimgate.store.StoreUnavailableException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.paginators.QueryIterable;

/**
 * The client and table name, the single translation of SDK failures into store terms, and the
 * operations every store makes on the table. Each operation sets the table name and runs through
 * {@link #call}; the caller's builder says only what differs (key, expressions, limits).
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

  /** GetItem: the item, or an empty map when there is none. */
  public Map<String, AttributeValue> get(Consumer<GetItemRequest.Builder> request) {
    return call(() -> client.getItem(r -> request.accept(r.tableName(table))).item());
  }

  /** PutItem; a failed condition is {@link ConditionalCheckFailedException}. */
  public void put(Consumer<PutItemRequest.Builder> request) {
    call(() -> client.putItem(r -> request.accept(r.tableName(table))));
  }

  /**
   * UpdateItem: the attributes the request's {@code ReturnValues} asks for (none by default). A
   * failed condition is {@link ConditionalCheckFailedException}, for the caller to interpret.
   */
  public Map<String, AttributeValue> update(Consumer<UpdateItemRequest.Builder> request) {
    return call(() -> client.updateItem(r -> request.accept(r.tableName(table))).attributes());
  }

  /** DeleteItem; a failed condition is {@link ConditionalCheckFailedException}. */
  public void delete(Consumer<DeleteItemRequest.Builder> request) {
    call(() -> client.deleteItem(r -> request.accept(r.tableName(table))));
  }

  /** One Query page. */
  public QueryResponse query(Consumer<QueryRequest.Builder> request) {
    return call(() -> client.query(r -> request.accept(r.tableName(table))));
  }

  /** Every item a query matches, all pages (the SDK's paginator). */
  public List<Map<String, AttributeValue>> queryAll(Consumer<QueryRequest.Builder> request) {
    return call(() -> new QueryIterable(client, queryRequest(request)).items().stream().toList());
  }

  /**
   * The pages of a query, read lazily one at a time as the caller iterates (the SDK's paginator),
   * so a caller can stop between pages; each read fails as {@link #call} does.
   */
  public Iterable<QueryResponse> pages(Consumer<QueryRequest.Builder> request) {
    QueryRequest query = queryRequest(request);
    return () -> {
      Iterator<QueryResponse> pages = new QueryIterable(client, query).iterator();
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

  /** Every item of gsi1 partition {@code gsi1pk}, all pages (eventually consistent, as gsi1 is). */
  List<Map<String, AttributeValue>> gsi1(String gsi1pk) {
    return queryAll(r ->
        r.indexName(Keys.GSI1)
            .keyConditionExpression("gsi1pk = :pk")
            .expressionAttributeValues(Map.of(":pk", s(gsi1pk))));
  }

  /** True when a Query page is not the last one (it has a non-empty LastEvaluatedKey). */
  public static boolean hasMore(QueryResponse page) {
    return page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
  }

  /**
   * UpdateItem of the item at {@code key} under {@code c}, whose placeholders serve {@code update}
   * too (its expression may be null: no condition). A failed condition is {@link
   * ConditionalCheckFailedException}, for the caller to interpret.
   */
  void update(Map<String, AttributeValue> key, String update, Condition c) {
    update(r ->
        r.key(key)
            .updateExpression(update)
            .conditionExpression(c.expression())
            .expressionAttributeNames(c.names())
            .expressionAttributeValues(c.values()));
  }

  /** A Put of this table, as one action of a transaction. */
  TransactWriteItem putAction(Consumer<Put.Builder> put) {
    return TransactWriteItem.builder().put(p -> put.accept(p.tableName(table))).build();
  }

  /** As {@link #update(Map, String, Condition)}, as one action of a transaction. */
  TransactWriteItem updateAction(Map<String, AttributeValue> key, String update, Condition c) {
    return updateAction(u -> c.on(u.key(key).updateExpression(update)));
  }

  /** An Update of this table, as one action of a transaction. */
  TransactWriteItem updateAction(Consumer<Update.Builder> update) {
    return TransactWriteItem.builder().update(u -> update.accept(u.tableName(table))).build();
  }

  /** A Delete of this table, as one action of a transaction. */
  TransactWriteItem deleteAction(Consumer<Delete.Builder> delete) {
    return TransactWriteItem.builder().delete(d -> delete.accept(d.tableName(table))).build();
  }

  /** A ConditionCheck on this table, as one action of a transaction. */
  TransactWriteItem checkAction(Consumer<ConditionCheck.Builder> check) {
    return TransactWriteItem.builder()
        .conditionCheck(c -> check.accept(c.tableName(table)))
        .build();
  }

  private QueryRequest queryRequest(Consumer<QueryRequest.Builder> request) {
    QueryRequest.Builder query = QueryRequest.builder().tableName(table);
    request.accept(query);
    return query.build();
  }
}
