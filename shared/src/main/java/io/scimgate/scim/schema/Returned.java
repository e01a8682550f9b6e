package io.scimgate.scim.schema;

/** RFC 7643 §2.2 "returned". */
public enum Returned {
  ALWAYS("always"),
  NEVER("never"),
  DEFAULT("default"),
  REQUEST("request");

  private final String wire;

  Returned(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Returned fromWire(String value) {
    for (Returned r : values()) {
      if (r.wire.equals(value)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown returned " + value);
  }
}
