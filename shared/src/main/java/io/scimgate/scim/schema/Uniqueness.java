package io.scimgate.scim.schema;

/** RFC 7643 §2.2 "uniqueness". */
public enum Uniqueness {
  NONE("none"),
  SERVER("server"),
  GLOBAL("global");

  private final String wire;

  Uniqueness(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Uniqueness fromWire(String value) {
    for (Uniqueness u : values()) {
      if (u.wire.equals(value)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown uniqueness " + value);
  }
}
