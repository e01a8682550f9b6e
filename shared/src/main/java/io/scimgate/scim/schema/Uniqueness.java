package io.scimgate.scim.schema;

/** RFC 7643 §2.2 "uniqueness"; JSON spelling per {@link WireNames}. */
public enum Uniqueness {
  NONE,
  SERVER,
  GLOBAL
}
