package io.scimgate.scim.error;

/** 405: the endpoint exists but not with this method; {@link #allow()} lists the ones it takes. */
public final class MethodNotAllowedException extends ScimException {
  private final String allow;

  public MethodNotAllowedException(String detail, String allow) {
    super(405, null, detail);
    this.allow = allow;
  }

  /** The value of the {@code Allow} header (RFC 9110 §15.5.6). */
  public String allow() {
    return allow;
  }
}
