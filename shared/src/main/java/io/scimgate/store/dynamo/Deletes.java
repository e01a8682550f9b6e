package io.scimgate.store.dynamo;

import io.scimgate.log.Log;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.StoreUnavailableException;
import io.scimgate.store.VersionConflictException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The read-then-conditional-delete loop of users and groups. The resource item is deleted in one
 * transaction with what hangs off it (markers, counters, cleanup record, grants), all derived from
 * the item as read; the delete is therefore conditional on exactly those values ({@code
 * derivedFrom}) — or, with If-Match, on the version — and re-reads under the request's retry budget
 * when a concurrent write changed them. Changes to anything else never make it lose.
 */
record Deletes(Dynamo dynamo, Writes writes) {
  /** Adds to the transaction what goes with the item: its markers, counters, cleanup, grants. */
  interface Companions {
    void add(Map<String, AttributeValue> item, Writes.Batch tx);
  }

  /**
   * Deletes item {@code (pk, id)}; false when it does not exist. With {@code expectedVersion}, a
   * different version is {@link VersionConflictException} and nothing is deleted. Once the delete
   * committed, {@code afterCommit} removes what may take longer (memberships); if that fails the
   * delete still succeeded: the leftovers are invisible and the recorded cleanup finishes them, so
   * the caller must not answer as if nothing happened.
   */
  boolean delete(
      String what,
      String pk,
      String id,
      Long expectedVersion,
      List<String> derivedFrom,
      Companions companions,
      Runnable afterCommit) {
    if (!deleteItem(what, pk, id, expectedVersion, derivedFrom, companions)) {
      return false;
    }
    try {
      afterCommit.run();
    } catch (StoreUnavailableException e) {
      Log.warn(null, "membership_cleanup_deferred", what + " " + id + ": " + e.getMessage());
    }
    return true;
  }

  private boolean deleteItem(
      String what,
      String pk,
      String id,
      Long expectedVersion,
      List<String> derivedFrom,
      Companions companions) {
    try (RetryBudget.Loop loop = RetryBudget.loop(what)) {
      while (true) {
        Optional<Map<String, AttributeValue>> current = new Reads(dynamo).item(pk, id);
        if (current.isEmpty()) {
          return false;
        }
        Map<String, AttributeValue> old = current.get();
        if (expectedVersion != null
            && Long.parseLong(old.get(Items.VERSION).n()) != expectedVersion) {
          throw new VersionConflictException();
        }
        Writes.Batch tx = writes.batch();
        tx.deleteIf(
            pk,
            id,
            expectedVersion != null
                ? Condition.version(expectedVersion)
                : Condition.unchanged(old, derivedFrom));
        companions.add(old, tx);
        try {
          tx.write();
          return true;
        } catch (VersionConflictException changedMeanwhile) {
          if (expectedVersion != null && new Reads(dynamo).item(pk, id).isPresent()) {
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
