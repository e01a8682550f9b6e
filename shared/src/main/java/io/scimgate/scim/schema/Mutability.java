package io.scimgate.scim.schema;

/** RFC 7643 §2.2 "mutability". */
public enum Mutability {
  READ_ONLY("readOnly"),
  READ_WRITE("readWrite"),
  IMMUTABLE("immutable"),
  WRITE_ONLY("writeOnly");

  private final String wire;

  Mutability(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Mutability fromWire(String value) {
    for (Mutability m : values()) {
      if (m.wire.equals(value)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown mutability " + value);
  }
}
