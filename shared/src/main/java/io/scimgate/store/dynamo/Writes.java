package io.scimgate.store.dynamo;

import io.scimgate.store.StoreUnavailableException;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Builds one TransactWriteItems where each conditional action names the store exception its
 * failed condition means, so a cancellation maps back to "userName taken", "version changed",
 * "no such member" without guessing.
 */
final class Writes {
  private final Dynamo dynamo;

  Writes(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  Batch batch() {
    return new Batch();
  }

  final class Batch {
    private final List<TransactWriteItem> actions = new ArrayList<>();
    private final List<Supplier<RuntimeException>> meanings = new ArrayList<>();

    /** Put of an item that must not exist yet; a collision is {@code attribute} taken. */
    Batch putNew(Map<String, AttributeValue> item, String attribute) {
      return add(
          TransactWriteItem.builder()
              .put(p -> p.tableName(dynamo.table()).item(item).conditionExpression("attribute_not_exists(pk)"))
              .build(),
          () -> new UniqueConflictException(attribute));
    }

    /** Put that replaces the stored item only while it is at {@code version}. */
    Batch putIfVersion(Map<String, AttributeValue> item, long version) {
      Condition c = Condition.version(version);
      return add(
          TransactWriteItem.builder()
              .put(
                  p ->
                      p.tableName(dynamo.table())
                          .item(item)
                          .conditionExpression(c.expression())
                          .expressionAttributeNames(c.names())
                          .expressionAttributeValues(c.values()))
              .build(),
          VersionConflictException::new);
    }

    Batch deleteIfVersion(String pk, String sk, long version) {
      return deleteIf(pk, sk, Condition.version(version));
    }

    /** Delete while {@code condition} holds; when it does not, the item changed (or is gone). */
    Batch deleteIf(String pk, String sk, Condition condition) {
      return add(
          TransactWriteItem.builder()
              .delete(
                  d ->
                      d.tableName(dynamo.table())
                          .key(Dynamo.key(pk, sk))
                          .conditionExpression(condition.expression())
                          .expressionAttributeNames(condition.names())
                          .expressionAttributeValues(condition.values()))
              .build(),
          VersionConflictException::new);
    }

    /** Unconditional delete (idempotent). */
    Batch delete(String pk, String sk) {
      return add(
          TransactWriteItem.builder().delete(d -> d.tableName(dynamo.table()).key(Dynamo.key(pk, sk))).build(),
          null);
    }

    /** An action without a condition of its own; null is ignored. */
    Batch add(TransactWriteItem action) {
      return action == null ? this : add(action, null);
    }

    /** An action whose failed condition means {@code meaning}. */
    Batch add(TransactWriteItem action, Supplier<RuntimeException> meaning) {
      actions.add(action);
      meanings.add(meaning);
      return this;
    }

    int size() {
      return actions.size();
    }

    /** Writes all actions atomically, retrying conflicts; a failed condition throws its meaning. */
    void write() {
      Transactions.write(
          dynamo,
          actions,
          i ->
              meanings.get(i) != null
                  ? meanings.get(i).get()
                  : new StoreUnavailableException("unexpected condition failure", null));
    }
  }
}
