package io.scimgate.app;

import io.scimgate.store.dynamo.AccessFanOut;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoGroupStore;
import java.time.Clock;

/**
 * The scheduled job: fans out {@code access.changed} for changes that touch many users, and
 * finishes membership cleanups that a group or user delete left pending
 * (a 100 000-member group may not drain inside one API request). Readers never see those
 * memberships meanwhile; this only reclaims the items.
 */
public final class Maintenance {
  /** Leaves a minute of the function's five-minute timeout for start-up and the response. */
  public static final int SWEEP_BUDGET_MILLIS = 240_000;

  private final Dynamo dynamo;

  Maintenance(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  /**
   * Works through pending {@code access.changed} fan-outs (half the budget at most) and then
   * pending cleanups of every tenant; returns how many of both are still pending.
   */
  public int sweep() {
    long start = System.currentTimeMillis();
    int fanOuts = new AccessFanOut(dynamo, Clock.systemUTC()).sweep(SWEEP_BUDGET_MILLIS / 2);
    int left = (int) Math.max(1_000, SWEEP_BUDGET_MILLIS - (System.currentTimeMillis() - start));
    return fanOuts + DynamoGroupStore.sweepCleanups(dynamo, left);
  }
}
