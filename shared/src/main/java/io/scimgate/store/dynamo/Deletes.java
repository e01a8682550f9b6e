package io.scimgate.store.dynamo;

import io.scimgate.store.RetryBudget;
import io.scimgate.store.VersionConflictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read-then-conditional-delete loop of users and groups. The resource item is deleted in one
 * transaction with what hangs off it (markers, counters, cleanup record, grants), all derived
 * from the item as read; the delete is therefore conditional on exactly those values ({@code
 * derivedFrom}) — or, with If-Match, on the version — and re-reads under the request's retry
 * budget when a concurrent write changed them. Changes to anything else never make it lose.
 */
final class Deletes {
  /** Adds to the transaction what goes with the item: its markers, counters, cleanup, grants. */
  interface Companions {
    void add(Map<String, AttributeValue> item, Writes.Batch tx);
  }

  private final Dynamo dynamo;
  private final Reads reads;
  private final Writes writes;

  Deletes(Dynamo dynamo, Writes writes) {
    this.dynamo = dynamo;
    this.reads = new Reads(dynamo);
    this.writes = writes;
  }

  /**
   * Deletes item {@code (pk, id)}; false when it does not exist. With {@code expectedVersion},
   * a different version is {@link VersionConflictException} and nothing is deleted.
   */
  boolean delete(
      String what, String pk, String id, Long expectedVersion, List<String> derivedFrom,
      Companions companions) {
    try (RetryBudget.Loop loop = RetryBudget.loop(what)) {
      while (true) {
        Optional<Map<String, AttributeValue>> current = reads.item(pk, id);
        if (current.isEmpty()) {
          return false;
        }
        Map<String, AttributeValue> old = current.get();
        if (expectedVersion != null && Long.parseLong(old.get(Items.VERSION).n()) != expectedVersion) {
          throw new VersionConflictException();
        }
        Writes.Batch tx = writes.batch();
        tx.deleteIf(pk, id, expectedVersion != null
            ? Condition.version(expectedVersion)
            : Condition.unchanged(old, derivedFrom));
        companions.add(old, tx);
        try {
          tx.write();
          return true;
        } catch (VersionConflictException changedMeanwhile) {
          if (expectedVersion != null && reads.item(pk, id).isPresent()) {
            throw changedMeanwhile;
          }
          loop.pause(changedMeanwhile);
        } catch (Writes.Stale changedMeanwhile) {
          loop.pause(changedMeanwhile);
        }
      }
    }
  }
}
