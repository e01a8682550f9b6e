package io.scimgate.app;

import io.scimgate.store.CleanupSweep;
import io.scimgate.store.TenantErasure;
import java.time.Duration;

/**
 * The scheduled job: finishes membership cleanups that a group or user delete left pending (a 100
 * 000-member group may not drain inside one API request), then tenant erasures that the DELETE
 * request could not finish. Readers never see those memberships meanwhile; this only reclaims the
 * items.
 */
public final class Maintenance {
  /** Leaves a minute of the function's five-minute timeout for start-up and the response. */
  public static final int SWEEP_BUDGET_MILLIS = 240_000;

  /** Cleanups first, with at most this share of the budget; erasures get the rest. */
  static final int CLEANUP_BUDGET_MILLIS = 120_000;

  private final CleanupSweep cleanups;
  private final TenantErasure erasure;
  private int erasing;

  Maintenance(CleanupSweep cleanups, TenantErasure erasure) {
    this.cleanups = cleanups;
    this.erasure = erasure;
  }

  /**
   * Works through pending cleanups of every tenant, then tenants being erased, within {@link
   * #SWEEP_BUDGET_MILLIS}; returns how many cleanups are still pending ({@link #erasing()} tells
   * how many tenants are still being erased).
   */
  public int sweep() {
    long started = System.nanoTime();
    int pending = cleanups.sweep(CLEANUP_BUDGET_MILLIS);
    long spent = (System.nanoTime() - started) / 1_000_000;
    erasing = erasure.sweep(Duration.ofMillis(Math.max(1, SWEEP_BUDGET_MILLIS - spent)));
    return pending;
  }

  /** Tenants still being erased after the last {@link #sweep}. */
  public int erasing() {
    return erasing;
  }
}
