package io.scimgate.scim.error;

/** 501: the operation is not supported by this service provider. */
public final class NotImplementedException extends ScimException {
  public NotImplementedException(String detail) {
    super(501, null, detail);
  }
}
