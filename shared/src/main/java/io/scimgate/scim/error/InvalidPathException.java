package io.scimgate.scim.error;

/** 400 invalidPath: a PATCH path is malformed or names an unknown attribute. */
public final class InvalidPathException extends ScimException {
  public InvalidPathException(String detail) {
    super(400, "invalidPath", detail);
  }
}
