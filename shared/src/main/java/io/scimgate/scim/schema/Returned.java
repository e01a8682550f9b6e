package io.scimgate.scim.schema;

/** RFC 7643 §2.2 "returned"; JSON spelling per {@link WireNames}. */
public enum Returned {
  ALWAYS,
  NEVER,
  DEFAULT,
  REQUEST
}
