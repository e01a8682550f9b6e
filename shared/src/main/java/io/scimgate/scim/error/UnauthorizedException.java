package io.scimgate.scim.error;

/** 401: the bearer token is missing, malformed or not valid for this tenant. */
public final class UnauthorizedException extends ScimException {
  public UnauthorizedException(String detail) {
    super(401, null, detail);
  }
}
