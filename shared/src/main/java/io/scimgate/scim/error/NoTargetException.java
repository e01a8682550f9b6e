package io.scimgate.scim.error;

/** 400 noTarget: a PATCH path or value filter matched nothing where a target is required. */
public final class NoTargetException extends ScimException {
  public NoTargetException(String detail) {
    super(400, "noTarget", detail);
  }
}
