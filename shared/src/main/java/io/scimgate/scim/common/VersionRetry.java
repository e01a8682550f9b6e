package io.scimgate.scim.common;

import io.scimgate.scim.error.ServiceUnavailableException;
import io.scimgate.store.VersionConflictException;
import java.util.function.Supplier;

/**
 * Read-modify-write under optimistic concurrency (RFC 7644 §3.14). A write without
 * {@code If-Match} that loses a race re-reads and re-applies the change, a few times; a write with
 * {@code If-Match} does not retry: the client asked for that version, so the conflict is its 412.
 */
public final class VersionRetry {
  /**
   * Attempts in all. Without {@code If-Match}, conflicts beyond that are a 503 with Retry-After:
   * RFC 7644 §3.14 keeps 412 for a client that named a version.
   */
  public static final int ATTEMPTS = 5;

  private VersionRetry() {}

  /** Runs {@code attempt} (a fresh read, the change and a conditional write) until it wins. */
  public static <T> T run(boolean conditional, Supplier<T> attempt) {
    for (int i = 1; ; i++) {
      try {
        return attempt.get();
      } catch (VersionConflictException e) {
        if (conditional) {
          throw e;
        }
        if (i >= ATTEMPTS) {
          throw new ServiceUnavailableException(
              "The resource is being changed concurrently; retry the request.");
        }
      }
    }
  }
}
