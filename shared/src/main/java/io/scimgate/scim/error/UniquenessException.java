package io.scimgate.scim.error;

/** 409 uniqueness: a unique attribute value is already taken in this tenant. */
public final class UniquenessException extends ScimException {
  public UniquenessException(String detail) {
    super(409, "uniqueness", detail);
  }
}
