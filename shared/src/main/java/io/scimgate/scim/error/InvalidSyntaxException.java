package io.scimgate.scim.error;

/** 400 invalidSyntax: the request body is not parsable or violates the schema structure. */
public final class InvalidSyntaxException extends ScimException {
  public InvalidSyntaxException(String detail) {
    super(400, "invalidSyntax", detail);
  }
}
