package io.scimgate.scim.error;

/** 400 invalidVers: a version in If-Match is not one this service issues. */
public final class InvalidVersionException extends ScimException {
  public InvalidVersionException(String detail) {
    super(400, "invalidVers", detail);
  }
}
