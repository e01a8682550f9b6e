package io.scimgate.scim.error;

/** 400 invalidValue: a required value is missing or a value has the wrong type. */
public final class InvalidValueException extends ScimException {
  public InvalidValueException(String detail) {
    super(400, "invalidValue", detail);
  }
}
