package io.scimgate.scim.error;

/** 413: the request body or a value in it is larger than the service accepts. */
public final class PayloadTooLargeException extends ScimException {
  public PayloadTooLargeException(String detail) {
    super(413, null, detail);
  }
}
