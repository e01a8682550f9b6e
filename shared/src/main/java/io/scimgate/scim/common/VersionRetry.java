package io.scimgate.scim.common;

import io.scimgate.store.VersionConflictException;
import java.util.function.Supplier;

/**
 * Read-modify-write under optimistic concurrency (RFC 7644 §3.14). A write without
 * {@code If-Match} that loses a race re-reads and re-applies the change, a few times; a write with
 * {@code If-Match} does not retry: the client asked for that version, so the conflict is its 412.
 */
public final class VersionRetry {
  /** Attempts in all; conflicts beyond that surface as 412 (via {@link StoreErrors}). */
  public static final int ATTEMPTS = 5;

  private VersionRetry() {}

  /** Runs {@code attempt} (a fresh read, the change and a conditional write) until it wins. */
  public static <T> T run(boolean conditional, Supplier<T> attempt) {
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (VersionConflictException e) {
        if (conditional || i >= ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
