package io.scimgate.scim.error;

/** 403: the caller is authenticated but may not perform the request. */
public final class ForbiddenException extends ScimException {
  public ForbiddenException(String detail) {
    super(403, null, detail);
  }
}
