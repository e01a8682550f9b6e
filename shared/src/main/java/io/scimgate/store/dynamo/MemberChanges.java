package io.scimgate.store.dynamo;

import io.scimgate.feed.ChangeEvent;
import io.scimgate.feed.GroupEvents;
import io.scimgate.store.MissingMemberException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Member additions and removals of one group write, split into TransactWriteItems of at most {@link
 * Transactions#MAX_ACTIONS} actions. Only real changes are written: adding a present member or
 * removing an absent one is dropped beforehand (one batched read of those k memberships), and each
 * change is conditional on that state (a Put if absent, a Delete if present) so that each one
 * commits exactly one {@code membership.added}/{@code membership.removed} event and moves the
 * group's member counter exactly once. An addition is three actions (a ConditionCheck that the user
 * exists, the Put, its event), a removal two, plus one counter update per transaction: k changes
 * cost O(k) writes whatever the group size.
 *
 * <p>The first transaction carries the caller's actions on the group item and its markers (the
 * version check and bump), so the change is atomic whenever everything fits in one transaction (~32
 * additions or ~48 removals). Beyond that, each further chunk starts with a ConditionCheck that the
 * group still exists: nothing can be added to a group once its delete has committed. A change that
 * raced with another writer of the same membership ({@link MemberRace}) is re-planned from a fresh
 * read; the client's retry of a half-applied change converges because a re-planned change skips
 * what is already done.
 */
final class MemberChanges {
  private record Change(String userId, String display) {
    boolean isAdd() {
      return display != null;
    }

    int actions() {
      return isAdd() ? 3 : 2;
    }
  }

  private final List<Change> changes = new ArrayList<>();
  private Map<String, ChangeEvent> access = Map.of();

  /**
   * Additions (with the display value of each user, read beforehand) and removals, given the
   * members among them that are {@code present} now. An id in both lists is added.
   */
  MemberChanges(
      Collection<String> add,
      Map<String, String> displays,
      Collection<String> remove,
      Set<String> present) {
    Set<String> added = new LinkedHashSet<>(add);
    for (String userId : added) {
      String display = displays.get(userId);
      if (display == null) {
        throw new MissingMemberException(userId);
      }
      if (!present.contains(userId)) {
        changes.add(new Change(userId, display));
      }
    }
    for (String userId : new LinkedHashSet<>(remove)) {
      if (!added.contains(userId) && Keys.storableId(userId) && present.contains(userId)) {
        changes.add(new Change(userId, null));
      }
    }
  }

  /** Writes {@code first} with as many changes as fit, then the rest in further chunks. */
  void write(
      Writes writes, Writes.Batch first, Memberships memberships, String tenantId, String groupId) {
    int from = fillFrom(first, changes, access, memberships, tenantId, groupId);
    first.write();
    List<Change> rest = new ArrayList<>(changes.subList(from, changes.size()));
    while (!rest.isEmpty()) {
      Writes.Batch chunk = writes.batch();
      chunk.check(Keys.groups(tenantId), groupId, Memberships.EXISTS, GroupGone::new);
      int taken = fillFrom(chunk, rest, access, memberships, tenantId, groupId);
      try {
        chunk.write();
        rest = new ArrayList<>(rest.subList(taken, rest.size()));
      } catch (MissingMemberException deletedMeanwhile) {
        // The user was deleted after the first chunk: equivalent to that delete coming after
        // this whole change, which removes the membership anyway. Skip it and retry the chunk.
        rest.removeIf(c -> c.userId().equals(deletedMeanwhile.memberId()));
      } catch (MemberRace race) {
        // Another writer changed one of these memberships meanwhile: keep what is still a change.
        rest = replan(rest, memberships, tenantId, groupId);
      } catch (GroupGone deleted) {
        return; // The group was deleted meanwhile; its cleanup removes what was written.
      }
    }
  }

  /** The users whose membership really changes: (user id, true for an addition). */
  Map<String, Boolean> changed() {
    Map<String, Boolean> out = new java.util.LinkedHashMap<>();
    changes.forEach(c -> out.put(c.userId(), c.isAdd()));
    return out;
  }

  /** {@code access.changed} events to commit with the change of each user (by user id). */
  void attachAccess(Map<String, ChangeEvent> byUser) {
    this.access = Map.copyOf(byUser);
  }

  /** Number of actions all changes take (excluding the group's own and the counter). */
  int actions() {
    return changes.stream().mapToInt(Change::actions).sum();
  }

  boolean isEmpty() {
    return changes.isEmpty();
  }

  private static List<Change> replan(
      List<Change> pending, Memberships memberships, String tenantId, String groupId) {
    Set<String> present =
        memberships.present(tenantId, groupId, pending.stream().map(Change::userId).toList());
    return pending.stream().filter(c -> c.isAdd() != present.contains(c.userId())).toList();
  }

  private static int fillFrom(
      Writes.Batch batch,
      List<Change> pending,
      Map<String, ChangeEvent> access,
      Memberships memberships,
      String tenantId,
      String groupId) {
    int taken = 0;
    long delta = 0;
    for (Change change : pending) {
      ChangeEvent accessChanged = access.get(change.userId());
      int size = change.actions() + (accessChanged == null ? 0 : 1);
      // One action stays free for the member counter.
      if (batch.size() + size + 1 > Transactions.MAX_ACTIONS) {
        break;
      }
      String userId = change.userId();
      if (change.isAdd()) {
        batch.check(
            Keys.users(tenantId),
            userId,
            Memberships.EXISTS,
            () -> new MissingMemberException(userId));
        batch.add(memberships.putNew(tenantId, groupId, userId, change.display()), MemberRace::new);
        batch.event(tenantId, GroupEvents.memberAdded(groupId, userId));
        delta++;
      } else {
        batch.add(memberships.deletePresent(tenantId, groupId, userId), MemberRace::new);
        batch.event(tenantId, GroupEvents.memberRemoved(groupId, userId));
        delta--;
      }
      if (accessChanged != null) {
        batch.event(tenantId, accessChanged);
      }
      taken++;
    }
    if (delta != 0) {
      batch.add(memberships.count(tenantId, groupId, delta));
    }
    return taken;
  }

  /** A later chunk found its group deleted. */
  static final class GroupGone extends RuntimeException {
    GroupGone() {
      super("group deleted meanwhile", null, false, false);
    }
  }

  /** A membership was added or removed by another writer between our read and our write. */
  static final class MemberRace extends RuntimeException {
    MemberRace() {
      super("membership changed meanwhile", null, false, false);
    }
  }
}
