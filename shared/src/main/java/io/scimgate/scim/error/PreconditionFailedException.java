package io.scimgate.scim.error;

/** 412: If-Match named a version that is no longer current. */
public final class PreconditionFailedException extends ScimException {
  public PreconditionFailedException(String detail) {
    super(412, null, detail);
  }
}
