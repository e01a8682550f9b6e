package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Removes the membership items of a deleted group or user, after the resource itself is gone.
 *
 * <p>A delete writes, in the same transaction that removes the resource, a cleanup item ({@code
 * T#<t>#}, {@code CLEANUP#<kind>#<id>}). Readers never depend on the memberships being gone: a
 * deleted group is absent from get/list/find, {@code groupsOf} drops memberships whose group does
 * not exist, and no new membership can be written for a deleted group or user (every add holds a
 * ConditionCheck on both). The delete then drains the memberships in BatchWriteItem chunks on
 * {@link #THREADS} threads within a time budget; what is left is finished by {@link #resume} (one
 * tenant) or {@link #sweep} (all tenants, via the {@code SYS#CLEANUP} partition of gsi1, for a
 * scheduled job). A cleanup item is removed only once its memberships are gone.
 *
 * <p>A user's memberships are found through gsi1, which is eventually consistent: a membership
 * added a moment before the user was deleted may not be visible yet. The user's cleanup item is
 * therefore kept until {@link #USER_SETTLE} has passed and a later sweep has looked again.
 */
final class MembershipCleanup {
  static final int THREADS = 8;
  static final Duration USER_SETTLE = Duration.ofMinutes(1);

  /** Backstop: a user's cleanup item that no sweep ever picks up expires after a week. */
  static final Duration USER_CLEANUP_TTL = Duration.ofDays(7);

  static final String GROUP = "group";
  static final String USER = "user";
  private static final String SWEEP_PARTITION = "SYS#CLEANUP";
  private static final String TENANT = "tenant";
  private static final String KIND = "kind";
  private static final String ID = "resourceId";
  private static final String NOT_BEFORE = "notBefore";
  private static final int PAGE = 2_000;

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS, r -> Thread.ofPlatform().daemon().name("membership-cleanup").unstarted(r));

  private final Dynamo dynamo;
  private final Batches batches;
  private final Memberships memberships;
  private final Transactions transactions;
  private final Clock clock;

  MembershipCleanup(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.batches = new Batches(dynamo);
    this.memberships = new Memberships(dynamo);
    this.transactions = new Transactions(dynamo);
    this.clock = clock;
  }

  /** The Put of a cleanup item, to go into the transaction that deletes the resource. */
  TransactWriteItem record(String tenantId, String kind, String id) {
    Map<String, AttributeValue> item = new HashMap<>(cleanupKey(tenantId, kind, id));
    item.put(TENANT, s(tenantId));
    item.put(KIND, s(kind));
    item.put(ID, s(id));
    item.put(Keys.GSI1_PK, s(SWEEP_PARTITION));
    item.put(Keys.GSI1_SK, s(Keys.tenant(tenantId) + kind + "#" + id));
    if (USER.equals(kind)) {
      item.put(NOT_BEFORE, n(clock.instant().plus(USER_SETTLE).getEpochSecond()));
      item.put(Keys.EXPIRES_AT, n(clock.instant().plus(USER_CLEANUP_TTL).getEpochSecond()));
    }
    return dynamo.putAction(p -> p.item(item));
  }

  /**
   * Deletes the group's membership items until none is left (true, and the cleanup item is removed)
   * or the budget runs out (false; the cleanup item stays for {@link #resume}).
   */
  boolean drainGroup(String tenantId, String groupId, long deadlineMillis) {
    List<Future<?>> inFlight = new ArrayList<>();
    Iterator<QueryResponse> pages =
        dynamo
            .pages(r ->
                r.keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(Keys.members(tenantId, groupId))))
                    .projectionExpression("pk, sk")
                    .limit(PAGE)
                    .consistentRead(true))
            .iterator();
    while (true) {
      if (clock.millis() >= deadlineMillis) {
        return false;
      }
      if (!pages.hasNext()) {
        break;
      }
      QueryResponse page = pages.next();
      // One page in flight while the next is read: memory stays bounded by two pages.
      if (!await(inFlight, deadlineMillis)) {
        return false;
      }
      inFlight = deleteInParallel(page.items());
    }
    if (!await(inFlight, deadlineMillis)) {
      return false;
    }
    finish(tenantId, GROUP, groupId);
    return true;
  }

  /**
   * Deletes the user's membership items visible in gsi1 now, each with a decrement of its group's
   * member counter in one transaction (O(groups of the user)). A membership already gone, or one of
   * a group being deleted (whose counter goes with it), is deleted without the counter.
   */
  void drainUser(String tenantId, String userId) {
    List<Map<String, AttributeValue>> leftovers = new ArrayList<>();
    for (Map<String, AttributeValue> membership : memberships.ofUser(tenantId, userId)) {
      String groupId = membership.get(Keys.GSI1_SK).s();
      try {
        transactions.write(
            List.of(
                memberships.exists(Keys.groups(tenantId), groupId),
                memberships.deletePresent(tenantId, groupId, userId),
                memberships.count(tenantId, groupId, -1)),
            i -> new AlreadyGone());
      } catch (AlreadyGone gone) {
        leftovers.add(Dynamo.key(membership.get(Keys.PK).s(), userId));
      }
    }
    batches.delete(leftovers);
  }

  private static final class AlreadyGone extends RuntimeException {
    AlreadyGone() {
      super("membership or group gone", null, false, false);
    }
  }

  /**
   * Works through the tenant's pending cleanups within the budget; returns how many are still
   * pending afterwards (0 when everything is done).
   */
  int resume(String tenantId, int budgetMillis) {
    long deadline = clock.millis() + budgetMillis;
    int pending = 0;
    for (Map<String, AttributeValue> cleanup : pendingOf(tenantId)) {
      if (!complete(cleanup, deadline)) {
        pending++;
      }
    }
    return pending;
  }

  /** As {@link #resume}, across all tenants: for a scheduled job. */
  int sweep(int budgetMillis) {
    long deadline = clock.millis() + budgetMillis;
    int pending = 0;
    for (Map<String, AttributeValue> item : pendingEverywhere()) {
      if (!complete(item, deadline)) {
        pending++;
      }
    }
    return pending;
  }

  private boolean complete(Map<String, AttributeValue> cleanup, long deadline) {
    String tenantId = cleanup.get(TENANT).s();
    String id = cleanup.get(ID).s();
    if (GROUP.equals(cleanup.get(KIND).s())) {
      return clock.millis() < deadline && drainGroup(tenantId, id, deadline);
    }
    long notBefore = Long.parseLong(cleanup.get(NOT_BEFORE).n());
    if (clock.millis() >= deadline || clock.instant().getEpochSecond() < notBefore) {
      return false;
    }
    drainUser(tenantId, id);
    finish(tenantId, USER, id);
    return true;
  }

  private List<Future<?>> deleteInParallel(List<Map<String, AttributeValue>> keys) {
    List<Future<?>> futures = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += Batches.MAX_WRITE) {
      List<Map<String, AttributeValue>> chunk =
          keys.subList(from, Math.min(keys.size(), from + Batches.MAX_WRITE));
      futures.add(POOL.submit(() -> batches.delete(chunk)));
    }
    return futures;
  }

  /** Waits for the chunks; false when the deadline passes first (they finish in the background). */
  private boolean await(List<Future<?>> futures, long deadlineMillis) {
    for (Future<?> future : futures) {
      try {
        future.get(Math.max(1, deadlineMillis - clock.millis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreUnavailableException("interrupted while deleting memberships", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw new StoreUnavailableException("deleting memberships failed", e.getCause());
      }
    }
    return true;
  }

  private void finish(String tenantId, String kind, String id) {
    dynamo.delete(r -> r.key(cleanupKey(tenantId, kind, id)));
  }

  private List<Map<String, AttributeValue>> pendingOf(String tenantId) {
    return dynamo.queryAll(r ->
        r.keyConditionExpression("pk = :pk and begins_with(sk, :prefix)")
            .expressionAttributeValues(
                Map.of(":pk", s(Keys.tenant(tenantId)), ":prefix", s(Keys.CLEANUP_PREFIX))));
  }

  private List<Map<String, AttributeValue>> pendingEverywhere() {
    return dynamo.gsi1(SWEEP_PARTITION);
  }

  private static Map<String, AttributeValue> cleanupKey(String tenantId, String kind, String id) {
    return Dynamo.key(Keys.tenant(tenantId), Keys.cleanupSk(kind, id));
  }
}
