package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One invocation's work on one tenant's erasure: bounded Queries on the tenant's partitions,
 * BatchWriteItem deletes on {@link #THREADS} threads, and after each page the counts and position
 * written to the tenant record under the run's lease. The time budget is checked between pages
 * (wall time, not the domain clock); a run always completes at least one page of deletes, so any
 * budget makes progress.
 */
final class EraseRun {
  static final int THREADS = 8;

  /** Keys per Query page: 1 MB pages anyway for items ≥ 1 KB; 40 BatchWriteItem requests. */
  static final int PAGE = 1_000;

  /** Parents (groups) per step: their child keys are saved on the tenant record first. */
  static final int PARENT_PAGE = 25;

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS, r -> Thread.ofPlatform().daemon().name("tenant-erase").unstarted(r));

  /** The lease passed to another run (or the tenant is gone): stop without writing anything. */
  static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("erase lease lost", null, false, false);
    }
  }

  private final Dynamo dynamo;
  private final TenantErasureState state;
  private final String tenantId;
  private final String owner;
  private final long deadlineNanos;
  private List<String> parents;
  private String family;
  private boolean worked;
  private Map<String, AttributeValue> record;

  EraseRun(
      TenantErasureState state,
      String tenantId,
      String owner,
      long deadlineNanos,
      Map<String, AttributeValue> record) {
    this.dynamo = state.dynamo();
    this.state = state;
    this.tenantId = tenantId;
    this.owner = owner;
    this.deadlineNanos = deadlineNanos;
    this.record = record;
    this.parents = TenantErasureState.parents(record);
  }

  String tenantId() {
    return tenantId;
  }

  /** The tenant record as the last write of this run left it. */
  Map<String, AttributeValue> record() {
    return record;
  }

  /** Sets the family the run works on (saved with the next count). */
  void position(String familyName) {
    this.family = familyName;
  }

  /** True once the budget is spent, but never before this run deleted something. */
  boolean outOfTime() {
    return worked && System.nanoTime() >= deadlineNanos;
  }

  /**
   * Deletes every item of partition {@code pk} (whose sort key starts with {@code skPrefix}, when
   * given), page by page; {@code keepTenantRecord} leaves the tenant record itself. True when the
   * partition had nothing more.
   */
  boolean drain(String counted, String pk, String skPrefix, boolean keepTenantRecord) {
    return drainPages(
        counted,
        pk,
        skPrefix,
        "pk, sk",
        null,
        i -> !(keepTenantRecord && Keys.TENANT_SK.equals(i.get(Keys.SK).s())),
        i -> List.of());
  }

  /** See {@link EraseFamilies#nested}. */
  boolean drainNested(
      String parentName,
      String childName,
      String parentPk,
      String parentSkPrefix,
      Function<String, String> childPk) {
    while (true) {
      for (String child : parents) {
        if (!drain(childName, child, null, false)) {
          return false;
        }
      }
      if (!parents.isEmpty()) {
        save(Map.of(), List.of());
      }
      if (outOfTime()) {
        return false;
      }
      QueryResponse page = query(parentPk, parentSkPrefix, null, PARENT_PAGE, "pk, sk", null);
      if (page.items().isEmpty()) {
        return true;
      }
      List<String> children = new ArrayList<>();
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (Map<String, AttributeValue> item : page.items()) {
        children.add(childPk.apply(item.get(Keys.SK).s()));
        keys.add(keyOf(item));
      }
      // Children's keys first: once a parent is gone, this record is how they are found again.
      save(Map.of(parentName, (long) keys.size()), children);
      new Batches(dynamo).delete(keys);
    }
  }

  /** Saves the position alone (a family finished without deleting anything new). */
  void savePosition() {
    save(Map.of(), null);
  }

  /** Starts another pass at {@code firstFamily}. */
  void newPass(String firstFamily, long nowMillis) {
    family = firstFamily;
    record = state.newPass(tenantId, owner, firstFamily, nowMillis).orElseThrow(LeaseLost::new);
  }

  private void save(Map<String, Long> deleted, List<String> newParents) {
    record = state.record(tenantId, owner, family, deleted, newParents).orElseThrow(LeaseLost::new);
    if (newParents != null) {
      parents = newParents;
    }
    worked |= !deleted.isEmpty();
  }

  /**
   * Like {@link #drain}, for items that name companion items elsewhere (index items of the request
   * log): each page's companions, from {@code companions} applied to the items with the attributes
   * {@code projection} names, are deleted before the items, so an interrupted run finds them again.
   */
  boolean drainWithCompanions(
      String counted,
      String pk,
      String projection,
      Map<String, String> names,
      Function<Map<String, AttributeValue>, List<Map<String, AttributeValue>>> companions) {
    return drainPages(counted, pk, null, "pk, sk, " + projection, names, i -> true, companions);
  }

  /**
   * The loop of {@link #drain} and {@link #drainWithCompanions}: page by page, the companions of
   * the items {@code erased} accepts, then those items, then the count; false when out of time.
   */
  private boolean drainPages(
      String counted,
      String pk,
      String skPrefix,
      String projection,
      Map<String, String> names,
      Predicate<Map<String, AttributeValue>> erased,
      Function<Map<String, AttributeValue>, List<Map<String, AttributeValue>>> companions) {
    Map<String, AttributeValue> start = null;
    do {
      if (outOfTime()) {
        return false;
      }
      QueryResponse page = query(pk, skPrefix, start, PAGE, projection, names);
      List<Map<String, AttributeValue>> items = page.items().stream().filter(erased).toList();
      List<Map<String, AttributeValue>> extra =
          items.stream().flatMap(i -> companions.apply(i).stream()).toList();
      List<Map<String, AttributeValue>> keys = items.stream().map(EraseRun::keyOf).toList();
      if (!keys.isEmpty()) {
        if (!extra.isEmpty()) {
          deleteInParallel(extra);
        }
        deleteInParallel(keys);
        save(Map.of(counted, (long) keys.size()), null);
      }
      start = Dynamo.hasMore(page) ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return true;
  }

  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    return Dynamo.key(item.get(Keys.PK).s(), item.get(Keys.SK).s());
  }

  private QueryResponse query(
      String pk,
      String skPrefix,
      Map<String, AttributeValue> start,
      int limit,
      String projection,
      Map<String, String> names) {
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(pk)));
    if (skPrefix != null) {
      values.put(":prefix", s(skPrefix));
    }
    return dynamo.query(r ->
        r.keyConditionExpression(
                skPrefix == null ? "pk = :pk" : "pk = :pk and begins_with(sk, :prefix)")
            .expressionAttributeValues(values)
            .expressionAttributeNames(names)
            .projectionExpression(projection)
            .limit(limit)
            .exclusiveStartKey(start)
            .consistentRead(true));
  }

  private void deleteInParallel(List<Map<String, AttributeValue>> keys) {
    List<Future<?>> futures = new ArrayList<>();
    for (int from = 0; from < keys.size(); from += Batches.MAX_WRITE) {
      List<Map<String, AttributeValue>> chunk =
          keys.subList(from, Math.min(keys.size(), from + Batches.MAX_WRITE));
      futures.add(POOL.submit(() -> new Batches(dynamo).delete(chunk)));
    }
    RuntimeException failure = null;
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreUnavailableException("interrupted while erasing", e);
      } catch (ExecutionException e) {
        failure =
            e.getCause() instanceof RuntimeException r
                ? r
                : new StoreUnavailableException("erasing failed", e.getCause());
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
