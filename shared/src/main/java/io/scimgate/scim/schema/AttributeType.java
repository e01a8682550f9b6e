package io.scimgate.scim.schema;

/** SCIM attribute data types, RFC 7643 §2.3; JSON spelling per {@link WireNames}. */
public enum AttributeType {
  STRING,
  BOOLEAN,
  DECIMAL,
  INTEGER,
  DATE_TIME,
  BINARY,
  REFERENCE,
  COMPLEX
}
