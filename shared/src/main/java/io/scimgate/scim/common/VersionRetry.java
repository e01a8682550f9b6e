package io.scimgate.scim.common;

import io.scimgate.store.RetryBudget;
import io.scimgate.store.VersionConflictException;
import java.util.function.Supplier;

/**
 * Read-modify-write under optimistic concurrency (RFC 7644 §3.14). A write without {@code If-Match}
 * that loses a race re-reads and re-applies the change under the request's {@link RetryBudget}
 * (jittered backoff; when the budget is spent, {@code RetriesExhaustedException}: 503 with
 * Retry-After). A write with {@code If-Match} does not retry: the client asked for that version, so
 * the conflict is its 412.
 */
public final class VersionRetry {
  private VersionRetry() {}

  /** Runs {@code attempt} (a fresh read, the change and a conditional write) until it wins. */
  public static <T> T run(boolean conditional, Supplier<T> attempt) {
    try (RetryBudget.Loop loop = RetryBudget.loop("version retry")) {
      for (; ; ) {
        try {
          return attempt.get();
        } catch (VersionConflictException e) {
          if (conditional) {
            throw e;
          }
          loop.pause(e);
        }
      }
    }
  }
}
