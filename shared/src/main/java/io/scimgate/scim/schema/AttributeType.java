package io.scimgate.scim.schema;

/** SCIM attribute data types, RFC 7643 §2.3. */
public enum AttributeType {
  STRING("string"),
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  INTEGER("integer"),
  DATE_TIME("dateTime"),
  BINARY("binary"),
  REFERENCE("reference"),
  COMPLEX("complex");

  private final String wire;

  AttributeType(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static AttributeType fromWire(String value) {
    for (AttributeType t : values()) {
      if (t.wire.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown attribute type " + value);
  }
}
