package io.scimgate.store.dynamo;

import io.scimgate.feed.ChangeEvent;
import io.scimgate.store.StoreUnavailableException;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.VersionConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Builds one TransactWriteItems where each conditional action names the store exception its failed
 * condition means, so a cancellation maps back to "userName taken", "version changed", "no such
 * member" without guessing.
 */
final class Writes {
  private final Dynamo dynamo;
  private final EventItems eventItems;
  private final Transactions transactions;

  Writes(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.eventItems = new EventItems(dynamo, clock);
    this.transactions = new Transactions(dynamo);
  }

  Batch batch() {
    return new Batch();
  }

  /**
   * An item this write was derived from changed between the read and the write (the meaning of a
   * condition that only guards that read): re-read and try again.
   */
  static final class Stale extends RuntimeException {
    Stale() {
      super("read changed meanwhile", null, false, false);
    }
  }

  final class Batch {
    private final List<TransactWriteItem> actions = new ArrayList<>();
    private final List<Supplier<RuntimeException>> meanings = new ArrayList<>();
    private final List<ChangeEvent> events = new ArrayList<>();
    private String eventTenant;

    /**
     * An event that commits with this batch, and only with it (docs/decisions/0060-change-feed.md):
     * the one place where the stores' changes reach the feed.
     */
    Batch event(String tenantId, ChangeEvent event) {
      if (eventTenant != null && !eventTenant.equals(tenantId)) {
        throw new IllegalArgumentException("events of two tenants in one transaction");
      }
      eventTenant = tenantId;
      events.add(event);
      return this;
    }

    /** Put of an item that must not exist yet; a collision is {@code attribute} taken. */
    Batch putNew(Map<String, AttributeValue> item, String attribute) {
      return putIf(
          item,
          Condition.of("attribute_not_exists(pk)"),
          () -> new UniqueConflictException(attribute));
    }

    /** Put that replaces the stored item only while it is at {@code version}. */
    Batch putIfVersion(Map<String, AttributeValue> item, long version) {
      return putIf(item, Condition.version(version), VersionConflictException::new);
    }

    /** Put while {@code condition} holds on the stored item; otherwise {@code meaning}. */
    Batch putIf(Map<String, AttributeValue> item, Condition c, Supplier<RuntimeException> meaning) {
      return add(
          dynamo.putAction(p ->
              p.item(item)
                  .conditionExpression(c.expression())
                  .expressionAttributeNames(c.names())
                  .expressionAttributeValues(c.values())),
          meaning);
    }

    Batch deleteIfVersion(String pk, String sk, long version) {
      return deleteIf(pk, sk, Condition.version(version));
    }

    /** Delete while {@code condition} holds; when it does not, the item changed (or is gone). */
    Batch deleteIf(String pk, String sk, Condition condition) {
      return deleteIf(pk, sk, condition, VersionConflictException::new);
    }

    /** Delete while {@code c} holds; otherwise {@code meaning}. */
    Batch deleteIf(String pk, String sk, Condition c, Supplier<RuntimeException> meaning) {
      return add(dynamo.deleteAction(d -> c.on(d.key(Dynamo.key(pk, sk)))), meaning);
    }

    /**
     * Holds the transaction to {@code c} on an item it does not write; otherwise {@code meaning}.
     */
    Batch check(String pk, String sk, Condition c, Supplier<RuntimeException> meaning) {
      return add(dynamo.checkAction(k -> c.on(k.key(Dynamo.key(pk, sk)))), meaning);
    }

    /**
     * Moves a uniqueness marker of {@code owner} from {@code oldSk} to {@code newSk} in partition
     * {@code unique} when they differ: deletes the old marker and claims the new one (a taken new
     * one is {@code attribute} taken). Either may be null (no value, no marker).
     */
    Batch moveMarker(String unique, String oldSk, String newSk, String owner, String attribute) {
      if (Objects.equals(oldSk, newSk)) {
        return this;
      }
      if (oldSk != null) {
        delete(unique, oldSk);
      }
      return newSk == null ? this : putNew(Items.marker(unique, newSk, owner), attribute);
    }

    /** Unconditional delete (idempotent). */
    Batch delete(String pk, String sk) {
      return add(dynamo.deleteAction(d -> d.key(Dynamo.key(pk, sk))), null);
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

    /** Actions including the event items. */
    int size() {
      return actions.size() + events.size();
    }

    /** Writes all actions atomically, retrying conflicts; a failed condition throws its meaning. */
    void write() {
      transactions.write(
          actions,
          () -> eventItems.puts(eventTenant, events),
          i ->
              meanings.get(i) != null
                  ? meanings.get(i).get()
                  : new StoreUnavailableException("unexpected condition failure", null));
    }
  }
}
