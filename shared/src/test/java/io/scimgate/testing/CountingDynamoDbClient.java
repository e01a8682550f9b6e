package io.scimgate.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Wraps the embedded DynamoDB Local client (a proxy, so SDK interceptors do not apply) and counts,
 * per operation, requests, items read and written, and the consumed capacity DynamoDB reports:
 * every request is sent with {@code ReturnConsumedCapacity=TOTAL}. Thread-safe.
 */
public final class CountingDynamoDbClient implements DynamoDbClient {
  private final DynamoDbClient delegate;
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final LongAdder itemsRead = new LongAdder();
  private final LongAdder itemsWritten = new LongAdder();
  private final DoubleAdder readUnits = new DoubleAdder();
  private final DoubleAdder writeUnits = new DoubleAdder();

  public CountingDynamoDbClient(DynamoDbClient delegate) {
    this.delegate = delegate;
  }

  /** What was counted since the last reset. */
  public record Stats(
      Map<String, Long> requests,
      long itemsRead,
      long itemsWritten,
      double readUnits,
      double writeUnits) {
    public long totalRequests() {
      return requests.values().stream().mapToLong(Long::longValue).sum();
    }

    public long requests(String operation) {
      return requests.getOrDefault(operation, 0L);
    }
  }

  public Stats stats() {
    Map<String, Long> byOperation = new TreeMap<>();
    requests.forEach((op, n) -> byOperation.put(op, n.sum()));
    return new Stats(
        byOperation, itemsRead.sum(), itemsWritten.sum(), readUnits.sum(), writeUnits.sum());
  }

  public void reset() {
    requests.clear();
    itemsRead.reset();
    itemsWritten.reset();
    readUnits.reset();
    writeUnits.reset();
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    GetItemResponse response =
        delegate.getItem(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    count("GetItem", response.hasItem() && !response.item().isEmpty() ? 1 : 0, 0);
    readUnits(response.consumedCapacity());
    return response;
  }

  @Override
  public QueryResponse query(QueryRequest request) {
    QueryResponse response =
        delegate.query(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    count("Query", response.scannedCount(), 0);
    readUnits(response.consumedCapacity());
    return response;
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    BatchGetItemResponse response =
        delegate.batchGetItem(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    count("BatchGetItem", response.responses().values().stream().mapToInt(List::size).sum(), 0);
    response.consumedCapacity().forEach(this::readUnits);
    return response;
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    PutItemResponse response =
        delegate.putItem(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    count("PutItem", 0, 1);
    writeUnits(response.consumedCapacity());
    return response;
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    UpdateItemResponse response =
        delegate.updateItem(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    count("UpdateItem", 0, 1);
    writeUnits(response.consumedCapacity());
    return response;
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    DeleteItemResponse response =
        delegate.deleteItem(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    count("DeleteItem", 0, 1);
    writeUnits(response.consumedCapacity());
    return response;
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    BatchWriteItemResponse response =
        delegate.batchWriteItem(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    int sent = request.requestItems().values().stream().mapToInt(List::size).sum();
    int left = response.unprocessedItems().values().stream().mapToInt(List::size).sum();
    count("BatchWriteItem", 0, sent - left);
    response.consumedCapacity().forEach(this::writeUnits);
    return response;
  }

  @Override
  public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
    count("TransactWriteItems", 0, 0);
    TransactWriteItemsResponse response =
        delegate.transactWriteItems(
            request.toBuilder().returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build());
    itemsWritten.add(request.transactItems().size());
    response.consumedCapacity().forEach(this::writeUnits);
    return response;
  }

  @Override
  public String serviceName() {
    return delegate.serviceName();
  }

  @Override
  public void close() {
    delegate.close();
  }

  private void count(String operation, long read, long written) {
    requests.computeIfAbsent(operation, k -> new LongAdder()).increment();
    itemsRead.add(read);
    itemsWritten.add(written);
  }

  private void readUnits(ConsumedCapacity capacity) {
    if (capacity != null && capacity.capacityUnits() != null) {
      readUnits.add(capacity.capacityUnits());
    }
  }

  private void writeUnits(ConsumedCapacity capacity) {
    if (capacity != null && capacity.capacityUnits() != null) {
      writeUnits.add(capacity.capacityUnits());
    }
  }
}
