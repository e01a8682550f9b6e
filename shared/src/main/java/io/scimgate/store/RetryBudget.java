package io.scimgate.store;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * The one retry policy of a request (docs/decisions/0004-retry-budget.md). Every loop that tries
 * again — a lost version race, a cancelled transaction, unprocessed batch items — asks the budget
 * of its thread for a pause: full-jitter exponential backoff, and no new attempt once {@link
 * Policy#total()} has passed since the outermost loop began. Nested loops (a version retry around a
 * transaction retry) share that one deadline instead of multiplying their limits. When the budget
 * is spent the loop throws {@link RetriesExhaustedException} (503 with Retry-After).
 *
 * <p>Use: {@code try (RetryBudget.Loop loop = RetryBudget.loop("user delete")) { for (;;) { try {
 * return attempt(); } catch (Conflict e) { loop.pause(e); } } }}.
 */
public final class RetryBudget {
  /**
   * @param total wall-clock time after which no new attempt starts
   * @param base ceiling of the first pause; doubles per retry of the same loop
   * @param cap largest ceiling of any pause
   */
  public record Policy(Duration total, Duration base, Duration cap) {}

  /** See the decision record for how these sit under the function's 29 s timeout. */
  public static final Policy DEFAULT =
      new Policy(Duration.ofSeconds(8), Duration.ofMillis(20), Duration.ofMillis(800));

  /** Sleeps; a seam so tests can run the policy without waiting. */
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  private static final ThreadLocal<RetryBudget> CURRENT = new ThreadLocal<>();

  private final Policy policy;
  private final LongSupplier nanos;
  private final Sleeper sleeper;
  private final long deadline;
  private int attempts;

  private RetryBudget(Policy policy, LongSupplier nanos, Sleeper sleeper) {
    this.policy = policy;
    this.nanos = nanos;
    this.sleeper = sleeper;
    this.deadline = nanos.getAsLong() + policy.total().toNanos();
  }

  /** A loop under the thread's current budget, or under a new {@link #DEFAULT} one. */
  public static Loop loop(String what) {
    return loop(what, DEFAULT, System::nanoTime, Thread::sleep);
  }

  /** As {@link #loop(String)}; the policy, clock and sleeper apply when a new budget starts. */
  public static Loop loop(String what, Policy policy, LongSupplier nanos, Sleeper sleeper) {
    RetryBudget current = CURRENT.get();
    if (current != null) {
      return current.new Loop(what, false);
    }
    RetryBudget fresh = new RetryBudget(policy, nanos, sleeper);
    CURRENT.set(fresh);
    return fresh.new Loop(what, true);
  }

  /** One retrying loop; closing the outermost loop ends the thread's budget. */
  public final class Loop implements AutoCloseable {
    private final String what;
    private final boolean owner;
    private int retries;

    private Loop(String what, boolean owner) {
      this.what = what;
      this.owner = owner;
      attempts++;
    }

    /**
     * Waits before the next attempt, or throws {@link RetriesExhaustedException} (with {@code last}
     * as cause) when that attempt could not start inside the budget.
     */
    public void pause(Throwable last) {
      long ceiling =
          Math.min(policy.cap().toMillis(), policy.base().toMillis() << Math.min(retries, 20));
      long sleep = ThreadLocalRandom.current().nextLong(ceiling + 1);
      if (nanos.getAsLong() + sleep * 1_000_000 >= deadline) {
        throw new RetriesExhaustedException(what, attempts, last);
      }
      try {
        sleeper.sleep(sleep);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreUnavailableException("interrupted while backing off", e);
      }
      retries++;
      attempts++;
    }

    /** Attempts made so far under the shared budget, by every loop. */
    public int attempts() {
      return attempts;
    }

    @Override
    public void close() {
      if (owner) {
        CURRENT.remove();
      }
    }
  }
}
