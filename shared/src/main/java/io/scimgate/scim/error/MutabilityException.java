package io.scimgate.scim.error;

/** 400 mutability: the request tries to change a read-only or immutable attribute. */
public final class MutabilityException extends ScimException {
  public MutabilityException(String detail) {
    super(400, "mutability", detail);
  }
}
