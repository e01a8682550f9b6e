package io.scimgate.scim.error;

/** 415: the request body is not application/scim+json or application/json. */
public final class UnsupportedMediaTypeException extends ScimException {
  public UnsupportedMediaTypeException(String detail) {
    super(415, null, detail);
  }
}
