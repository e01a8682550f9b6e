package io.scimgate.scim.error;

/**
 * A SCIM error (RFC 7644 §3.12): an HTTP status, an optional {@code scimType} and a detail that is
 * safe to show the client. Each concrete subclass is one kind of error; they are turned into
 * response bodies in exactly one place.
 */
public abstract class ScimException extends RuntimeException {
  private final int status;
  private final String scimType;

  protected ScimException(int status, String scimType, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.scimType = scimType;
  }

  public int status() {
    return status;
  }

  /** The RFC 7644 Table 9 keyword, or {@code null}. */
  public String scimType() {
    return scimType;
  }

  public String detail() {
    return getMessage();
  }
}
