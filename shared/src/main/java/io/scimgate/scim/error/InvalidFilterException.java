package io.scimgate.scim.error;

/** 400 invalidFilter: the filter syntax is invalid or names an unsupported attribute. */
public final class InvalidFilterException extends ScimException {
  public InvalidFilterException(String detail) {
    super(400, "invalidFilter", detail);
  }
}
