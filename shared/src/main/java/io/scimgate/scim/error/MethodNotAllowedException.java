package io.scimgate.scim.error;

/** 405: the endpoint exists but not with this method. */
public final class MethodNotAllowedException extends ScimException {
  public MethodNotAllowedException(String detail) {
    super(405, null, detail);
  }
}
