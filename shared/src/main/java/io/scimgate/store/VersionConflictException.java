package io.scimgate.store;

/** A conditional write expected a version that is no longer current. */
public final class VersionConflictException extends RuntimeException {
  public VersionConflictException() {
    super("version changed", null, false, false);
  }
}
