package io.scimgate.scim.error;

/** 404: no such resource or endpoint in this tenant. */
public final class NotFoundException extends ScimException {
  public NotFoundException(String detail) {
    super(404, null, detail);
  }
}
