package io.scimgate.scim.error;

/** 400 tooMany: the request would return or touch more resources than the service allows. */
public final class TooManyException extends ScimException {
  public TooManyException(String detail) {
    super(400, "tooMany", detail);
  }
}
