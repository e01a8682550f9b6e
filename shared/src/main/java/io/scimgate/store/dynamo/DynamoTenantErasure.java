package io.scimgate.store.dynamo;

import io.scimgate.log.Log;
import io.scimgate.store.StoreUnavailableException;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.TenantErasure;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Erases a tenant family by family ({@link EraseFamilies}), in passes. Requests admitted before the
 * erasure began may still write for a while (a cached token verification lives up to the token
 * cache TTL, a request up to the function timeout): the erasure therefore ends only with a complete
 * pass that started after {@code settle} had passed since it began. The tenant record goes last,
 * and with it the tenant id is free again.
 */
public final class DynamoTenantErasure implements TenantErasure {
  /** How long a run's lease outlives its budget, should the run die without releasing it. */
  static final Duration LEASE_MARGIN = Duration.ofSeconds(60);

  private final Dynamo dynamo;
  private final Clock clock;
  private final Duration settle;
  private final TenantDeletedHook hook;
  private final TenantErasureState state;
  private final List<EraseFamily> families;

  /**
   * @param settle from the start of an erasure, how long requests admitted before it may still
   *     write: token cache TTL plus the longest request (function timeout)
   * @param hook told once per tenant when its last item is gone
   */
  public DynamoTenantErasure(Dynamo dynamo, Clock clock, Duration settle, TenantDeletedHook hook) {
    this(dynamo, clock, settle, hook, EraseFamilies.ALL);
  }

  DynamoTenantErasure(
      Dynamo dynamo,
      Clock clock,
      Duration settle,
      TenantDeletedHook hook,
      List<EraseFamily> families) {
    this.dynamo = dynamo;
    this.clock = clock;
    this.settle = settle;
    this.hook = hook;
    this.state = new TenantErasureState(dynamo);
    this.families = families;
  }

  @Override
  public Start begin(String tenantId) {
    if (state.markDeleting(tenantId, clock.instant(), clock.instant().plus(settle))) {
      return Start.STARTED;
    }
    return new Reads(dynamo).item(Keys.tenant(tenantId), Keys.TENANT_SK).isPresent()
        ? Start.ALREADY_DELETING
        : Start.NO_TENANT;
  }

  @Override
  public Optional<Progress> resume(String tenantId, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    String owner = UUID.randomUUID().toString();
    long now = clock.millis();
    Optional<Map<String, AttributeValue>> leased =
        state.acquire(tenantId, owner, now, now + budget.plus(LEASE_MARGIN).toMillis());
    if (leased.isEmpty()) {
      return progress(tenantId);
    }
    try {
      return Optional.of(run(new EraseRun(state, tenantId, owner, deadline, leased.get())));
    } catch (EraseRun.LeaseLost lost) {
      return progress(tenantId);
    } finally {
      state.release(tenantId, owner);
    }
  }

  private Progress run(EraseRun run) {
    Map<String, AttributeValue> record = run.record();
    String family =
        record.containsKey(TenantErasureState.FAMILY)
            ? record.get(TenantErasureState.FAMILY).s()
            : families.get(0).name();
    String tenantId = run.tenantId();
    while (true) {
      if (family.equals(TenantErasureState.PASS_DONE)) {
        record = run.record();
        long passStarted = TenantErasureState.number(record, TenantErasureState.PASS_STARTED);
        long settleAt = TenantErasureState.number(record, TenantErasureState.SETTLE_AT);
        if (passStarted >= settleAt) {
          return finish(run);
        }
        if (clock.millis() < settleAt) {
          return TenantErasureState.progress(tenantId, record, TenantErasureState.PASS_DONE);
        }
        family = families.get(0).name();
        run.newPass(family, clock.millis());
      }
      int from = Math.max(0, indexOf(family));
      for (int i = from; i < families.size(); i++) {
        run.position(families.get(i).name());
        if (!families.get(i).erase(run)) {
          return TenantErasureState.progress(tenantId, run.record(), families.get(i).name());
        }
      }
      run.position(TenantErasureState.PASS_DONE);
      run.savePosition();
      family = TenantErasureState.PASS_DONE;
    }
  }

  private Progress finish(EraseRun run) {
    Map<String, AttributeValue> record = run.record();
    if (!state.finish(run.tenantId(), ownerOf(record))) {
      throw new EraseRun.LeaseLost();
    }
    Progress done = TenantErasureState.progress(run.tenantId(), record, "done");
    try {
      hook.tenantDeleted(run.tenantId(), done.erased());
    } catch (RuntimeException e) {
      // The tenant is gone either way; a failed notification must not look like a failed erasure.
      Log.warn(run.tenantId(), "tenant_deleted_hook_failed", e.toString());
    }
    return done;
  }

  private int indexOf(String family) {
    for (int i = 0; i < families.size(); i++) {
      if (families.get(i).name().equals(family)) {
        return i;
      }
    }
    return -1;
  }

  private static String ownerOf(Map<String, AttributeValue> record) {
    return record.get(TenantErasureState.OWNER).s();
  }

  @Override
  public Optional<Progress> progress(String tenantId) {
    return state.read(tenantId).map(item -> TenantErasureState.progress(tenantId, item, null));
  }

  @Override
  public int sweep(Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    List<Map<String, AttributeValue>> deleting = dynamo.gsi1(TenantErasureState.SWEEP_PARTITION);
    int remaining = 0;
    for (Map<String, AttributeValue> item : deleting) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        remaining++;
        continue;
      }
      try {
        Optional<Progress> after = resume(item.get(Keys.GSI1_SK).s(), Duration.ofNanos(left));
        if (after.isPresent() && !after.get().done()) {
          remaining++;
        }
      } catch (StoreUnavailableException e) {
        // One tenant's trouble (throttling, a blip) must not stop the others; the next run retries.
        remaining++;
      }
    }
    return remaining;
  }
}
