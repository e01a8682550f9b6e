package io.scimgate.scim.schema;

/** RFC 7643 §2.2 "mutability"; JSON spelling per {@link WireNames}. */
public enum Mutability {
  READ_ONLY,
  READ_WRITE,
  IMMUTABLE,
  WRITE_ONLY
}
