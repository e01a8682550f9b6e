package io.scimgate.store;

/**
 * The store could not answer (throttled, timed out, unreachable). Nothing is known to have been
 * written; the caller should retry later. Never a statement about the data itself.
 */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
