package io.scimgate.store.dynamo;

import io.scimgate.store.RetryBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchGetItem (≤ 100 keys per request) and BatchWriteItem (≤ 25 writes per request), each repeated
 * until DynamoDB has processed every key: unprocessed keys and items are sent again with backoff,
 * as the API asks, under the request's {@link RetryBudget}.
 */
public record Batches(Dynamo dynamo) {
  public static final int MAX_GET = 100;
  public static final int MAX_WRITE = 25;

  /** The items that exist among {@code keys} (strongly consistent), in no particular order. */
  public List<Map<String, AttributeValue>> get(
      List<Map<String, AttributeValue>> keys, String projection) {
    List<Map<String, AttributeValue>> found = new ArrayList<>();
    try (RetryBudget.Loop loop = RetryBudget.loop("batch read")) {
      for (int from = 0; from < keys.size(); from += MAX_GET) {
        KeysAndAttributes.Builder request =
            KeysAndAttributes.builder()
                .keys(keys.subList(from, Math.min(keys.size(), from + MAX_GET)))
                .consistentRead(true);
        if (projection != null) {
          request.projectionExpression(projection);
        }
        getAll(Map.of(dynamo.table(), request.build()), found, loop);
      }
    }
    return found;
  }

  private void getAll(
      Map<String, KeysAndAttributes> pending,
      List<Map<String, AttributeValue>> found,
      RetryBudget.Loop loop) {
    while (true) {
      Map<String, KeysAndAttributes> ask = pending;
      BatchGetItemResponse response =
          dynamo.call(() -> dynamo.client().batchGetItem(r -> r.requestItems(ask)));
      found.addAll(response.responses().getOrDefault(dynamo.table(), List.of()));
      pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      if (pending.values().stream().allMatch(k -> k.keys().isEmpty())) {
        return;
      }
      loop.pause(null);
    }
  }

  /** Deletes the items with these keys; absent ones are fine. */
  public void delete(List<Map<String, AttributeValue>> keys) {
    write(
        keys.stream()
            .map(k ->
                WriteRequest.builder()
                    .deleteRequest(DeleteRequest.builder().key(k).build())
                    .build())
            .toList());
  }

  /** Puts these items unconditionally (seeding, copies): no uniqueness, no counters. */
  public void put(List<Map<String, AttributeValue>> items) {
    write(
        items.stream()
            .map(i ->
                WriteRequest.builder().putRequest(PutRequest.builder().item(i).build()).build())
            .toList());
  }

  private void write(List<WriteRequest> writes) {
    try (RetryBudget.Loop loop = RetryBudget.loop("batch write")) {
      for (int from = 0; from < writes.size(); from += MAX_WRITE) {
        Map<String, List<WriteRequest>> pending =
            Map.of(dynamo.table(), writes.subList(from, Math.min(writes.size(), from + MAX_WRITE)));
        while (true) {
          Map<String, List<WriteRequest>> send = pending;
          BatchWriteItemResponse response =
              dynamo.call(() -> dynamo.client().batchWriteItem(r -> r.requestItems(send)));
          pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
          if (pending.values().stream().allMatch(List::isEmpty)) {
            break;
          }
          loop.pause(null);
        }
      }
    }
  }
}
