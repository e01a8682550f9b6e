package io.scimgate.scim.discovery;

/**
 * The optional SCIM features this service offers, as advertised by {@code /ServiceProviderConfig}
 * (RFC 7643 §5). Bulk and password change are never offered, so they are not switches here.
 *
 * @param patch PATCH (RFC 7644 §3.5.2) is supported
 * @param filter filtering (RFC 7644 §3.4.2.2) is supported
 * @param maxResults the most resources one query returns (page size cap)
 * @param sort sorting (RFC 7644 §3.4.2.3) is supported
 * @param etag ETags (RFC 7644 §3.14) are supported
 */
public record Features(boolean patch, boolean filter, int maxResults, boolean sort, boolean etag) {
  public Features {
    if (maxResults < 0) {
      throw new IllegalArgumentException("maxResults must not be negative");
    }
  }

  /** PATCH, filter, sort and ETags all on, pages capped at {@code maxResults}. */
  public static Features standard(int maxResults) {
    return new Features(true, true, maxResults, true, true);
  }
}
