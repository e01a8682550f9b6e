package io.scimgate.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.feed.FanOutSweep;
import io.scimgate.json.Json;
import io.scimgate.store.CleanupSweep;
import io.scimgate.store.TenantErasure;
import java.io.IOException;
import java.time.Duration;

/**
 * The scheduled job: fans out {@code access.changed} for changes that touch many users, finishes
 * membership cleanups that a group or user delete left pending (a 100 000-member group may not
 * drain inside one API request), then tenant erasures that the DELETE request could not finish.
 * Readers never see those memberships meanwhile; this only reclaims the items.
 */
public final class Maintenance {
  /** Leaves a minute of the function's five-minute timeout for start-up and the response. */
  public static final int SWEEP_BUDGET_MILLIS = 240_000;

  /** Fan-outs first, with at most this share of the budget (events are what products wait for). */
  static final int FAN_OUT_BUDGET_MILLIS = 60_000;

  /** Cleanups next, with at most this share of the budget; erasures get the rest. */
  static final int CLEANUP_BUDGET_MILLIS = 120_000;

  private final FanOutSweep fanOuts;
  private final CleanupSweep cleanups;
  private final TenantErasure erasure;
  private int erasing;

  Maintenance(FanOutSweep fanOuts, CleanupSweep cleanups, TenantErasure erasure) {
    this.fanOuts = fanOuts;
    this.cleanups = cleanups;
    this.erasure = erasure;
  }

  /**
   * Works through pending {@code access.changed} fan-outs, then pending cleanups of every tenant,
   * then tenants being erased, within {@link #SWEEP_BUDGET_MILLIS}; returns how many fan-outs and
   * cleanups are still pending ({@link #erasing()} tells how many tenants are still being erased).
   */
  public int sweep() {
    long started = System.nanoTime();
    int pending = fanOuts.sweep(FAN_OUT_BUDGET_MILLIS);
    int spent = (int) ((System.nanoTime() - started) / 1_000_000);
    pending += cleanups.sweep(Math.max(1, FAN_OUT_BUDGET_MILLIS + CLEANUP_BUDGET_MILLIS - spent));
    spent = (int) ((System.nanoTime() - started) / 1_000_000);
    erasing = erasure.sweep(Duration.ofMillis(Math.max(1, SWEEP_BUDGET_MILLIS - spent)));
    return pending;
  }

  /**
   * One invocation of the maintenance function: a batch of the table's stream ({@code
   * {"Records":[…]}}, filtered to new fan-out jobs) runs {@link #fanOut()}, anything else (the
   * schedule's event, a hand-made invoke with any payload, even one that is not JSON) the whole
   * {@link #sweep()}. Neither event carries anything the work needs. Returns the function's answer:
   * {@code {"pending":n}}, plus {@code "erasing"} after a sweep.
   */
  public String run(byte[] event) {
    if (streamBatch(event)) {
      return "{\"pending\":" + fanOut() + "}";
    }
    int pending = sweep();
    return "{\"pending\":" + pending + ",\"erasing\":" + erasing + "}";
  }

  private static boolean streamBatch(byte[] event) {
    try {
      JsonNode parsed = event.length == 0 ? null : Json.MAPPER.readTree(event);
      return parsed != null && parsed.path("Records").isArray();
    } catch (IOException notJson) {
      return false;
    }
  }

  /**
   * Only the {@code access.changed} fan-outs, within {@link #FAN_OUT_BUDGET_MILLIS}: what a new
   * fan-out job on the table's stream starts, so a grants change reaches the feed in seconds rather
   * than at the next scheduled {@link #sweep}. Returns how many fan-outs remain.
   */
  public int fanOut() {
    return fanOuts.sweep(FAN_OUT_BUDGET_MILLIS);
  }

  /** Tenants still being erased after the last {@link #sweep}. */
  public int erasing() {
    return erasing;
  }
}
