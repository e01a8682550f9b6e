package io.scimgate.requestlog;

import io.scimgate.store.dynamo.Dynamo;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The one-item reads and updates the request-log code makes: on the service's table, through {@link
 * Dynamo#call}, so SDK failures become the store's unavailable error while a failed condition still
 * reaches the caller as {@code ConditionalCheckFailedException}.
 */
record TableItems(Dynamo dynamo) {

  void update(Consumer<UpdateItemRequest.Builder> request) {
    dynamo.call(() -> dynamo.client().updateItem(r -> request.accept(r.tableName(dynamo.table()))));
  }

  /** The item, or an empty map when there is none. */
  Map<String, AttributeValue> get(Consumer<GetItemRequest.Builder> request) {
    return dynamo.call(
        () -> dynamo.client().getItem(r -> request.accept(r.tableName(dynamo.table()))).item());
  }
}
