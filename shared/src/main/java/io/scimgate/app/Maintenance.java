package io.scimgate.app;

import io.scimgate.store.CleanupSweep;

/**
 * The scheduled job: finishes membership cleanups that a group or user delete left pending
 * (a 100 000-member group may not drain inside one API request). Readers never see those
 * memberships meanwhile; this only reclaims the items.
 */
public final class Maintenance {
  /** Leaves a minute of the function's five-minute timeout for start-up and the response. */
  public static final int SWEEP_BUDGET_MILLIS = 240_000;

  private final CleanupSweep cleanups;

  Maintenance(CleanupSweep cleanups) {
    this.cleanups = cleanups;
  }

  /** Works through pending cleanups of every tenant; returns how many are still pending. */
  public int sweep() {
    return cleanups.sweep(SWEEP_BUDGET_MILLIS);
  }
}
