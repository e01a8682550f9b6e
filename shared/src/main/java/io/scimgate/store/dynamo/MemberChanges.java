package io.scimgate.store.dynamo;

import io.scimgate.store.MissingMemberException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Member additions and removals of one group write, split into TransactWriteItems of at most
 * {@link Transactions#MAX_ACTIONS} actions. An addition is two actions (a ConditionCheck that the
 * user exists, and the Put of the membership), a removal one Delete; both are idempotent, so a
 * retried or repeated change is harmless, and k changes cost O(k) writes whatever the group size.
 *
 * <p>The first transaction carries the caller's actions on the group item and its markers (the
 * version check and bump), so the change is atomic whenever everything fits in one transaction
 * (~48 additions or ~95 removals). Beyond that, each further chunk starts with a ConditionCheck
 * that the group still exists: nothing can be added to a group once its delete has committed.
 * A failure between chunks leaves a prefix applied under the new version; the client's retry
 * (IdPs retry 5xx) converges because every action is idempotent.
 */
final class MemberChanges {
  private record Change(String userId, String display) {
    boolean isAdd() {
      return display != null;
    }
  }

  private final List<Change> changes = new ArrayList<>();

  /**
   * Additions (with the display value of each user, read beforehand) and removals. An id in both
   * lists is added: removal then addition leaves it a member.
   */
  MemberChanges(Collection<String> add, Map<String, String> displays, Collection<String> remove) {
    Set<String> added = new LinkedHashSet<>(add);
    for (String userId : added) {
      String display = displays.get(userId);
      if (display == null) {
        throw new MissingMemberException(userId);
      }
      changes.add(new Change(userId, display));
    }
    for (String userId : new LinkedHashSet<>(remove)) {
      if (!added.contains(userId) && Keys.storableId(userId)) {
        changes.add(new Change(userId, null));
      }
    }
  }

  /** Writes {@code first} with as many changes as fit, then the rest in further chunks. */
  void write(
      Writes writes, Writes.Batch first, Memberships memberships, String tenantId, String groupId) {
    int from = fill(first, memberships, tenantId, groupId, 0);
    first.write();
    List<Change> rest = new ArrayList<>(changes.subList(from, changes.size()));
    while (!rest.isEmpty()) {
      Writes.Batch chunk = writes.batch();
      chunk.check(Keys.groups(tenantId), groupId, Memberships.EXISTS, GroupGone::new);
      int taken = fillFrom(chunk, rest, memberships, tenantId, groupId);
      try {
        chunk.write();
        rest = new ArrayList<>(rest.subList(taken, rest.size()));
      } catch (MissingMemberException deletedMeanwhile) {
        // The user was deleted after the first chunk: equivalent to that delete coming after
        // this whole change, which removes the membership anyway. Skip it and retry the chunk.
        rest.removeIf(c -> c.userId().equals(deletedMeanwhile.memberId()));
      } catch (GroupGone deleted) {
        return; // The group was deleted meanwhile; its cleanup removes what was written.
      }
    }
  }

  /** Number of write actions all changes take (excluding the group's own). */
  int actions() {
    return changes.stream().mapToInt(c -> c.isAdd() ? 2 : 1).sum();
  }

  private int fill(
      Writes.Batch batch, Memberships memberships, String tenantId, String groupId, int from) {
    return from
        + fillFrom(batch, changes.subList(from, changes.size()), memberships, tenantId, groupId);
  }

  private static int fillFrom(
      Writes.Batch batch,
      List<Change> pending,
      Memberships memberships,
      String tenantId,
      String groupId) {
    int taken = 0;
    for (Change change : pending) {
      int size = change.isAdd() ? 2 : 1;
      if (batch.size() + size > Transactions.MAX_ACTIONS) {
        break;
      }
      if (change.isAdd()) {
        String userId = change.userId();
        batch.check(
            Keys.users(tenantId),
            userId,
            Memberships.EXISTS,
            () -> new MissingMemberException(userId));
        batch.add(memberships.put(tenantId, groupId, userId, change.display()));
      } else {
        batch.add(memberships.delete(tenantId, groupId, change.userId()));
      }
      taken++;
    }
    return taken;
  }

  /** A later chunk found its group deleted. */
  static final class GroupGone extends RuntimeException {
    GroupGone() {
      super("group deleted meanwhile", null, false, false);
    }
  }
}
