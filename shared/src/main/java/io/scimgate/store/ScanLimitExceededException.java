package io.scimgate.store;

/**
 * A listing would have to read more items in one request than the store allows (a filter no index
 * answers, over a large tenant, or a far jump in {@code startIndex} without a resume point).
 * Nothing was returned; the core answers 400 {@code tooMany} (RFC 7644 §3.12).
 */
public final class ScanLimitExceededException extends RuntimeException {
  private final long limit;

  public ScanLimitExceededException(long limit) {
    super("listing would read more than " + limit + " items", null, false, false);
    this.limit = limit;
  }

  /** The number of items one listing request may read. */
  public long limit() {
    return limit;
  }
}
