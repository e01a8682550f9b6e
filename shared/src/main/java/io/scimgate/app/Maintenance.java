package io.scimgate.app;

import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoGroupStore;

/**
 * The scheduled job: finishes membership cleanups that a group or user delete left pending
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

  /** Works through pending cleanups of every tenant; returns how many are still pending. */
  public int sweep() {
    return DynamoGroupStore.sweepCleanups(dynamo, SWEEP_BUDGET_MILLIS);
  }
}
