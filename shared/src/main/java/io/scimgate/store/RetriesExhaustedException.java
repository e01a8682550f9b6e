package io.scimgate.store;

/**
 * The request's {@link RetryBudget} ran out while a write kept losing (to concurrent writers, to
 * throttling, to unprocessed batch items). Nothing of the last attempt was written; retrying the
 * request later is safe. A 503 with {@code Retry-After}, like any {@link
 * StoreUnavailableException}.
 */
public final class RetriesExhaustedException extends StoreUnavailableException {
  private final int attempts;

  public RetriesExhaustedException(String what, int attempts, Throwable last) {
    super(what + ": still failing after " + attempts + " attempts in the retry budget", last);
    this.attempts = attempts;
  }

  /** Attempts made under the budget, by every loop that shared it. */
  public int attempts() {
    return attempts;
  }
}
