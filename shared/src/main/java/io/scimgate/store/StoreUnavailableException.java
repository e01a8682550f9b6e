package io.scimgate.store;

/**
 * The store could not answer (throttled, timed out, unreachable). Nothing is known to have been
 * written; the caller should retry later. Never a statement about the data itself. Both front doors
 * map it (and {@link RetriesExhaustedException}) to 503 with {@code Retry-After}.
 */
public class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
