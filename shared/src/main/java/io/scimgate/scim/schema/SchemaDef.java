package io.scimgate.scim.schema;

import java.util.List;
import java.util.Optional;

/** A schema served at {@code /Schemas/{id}} (RFC 7643 §7). */
public record SchemaDef(String id, String name, String description, List<AttributeDef> attributes) {

  public SchemaDef {
    attributes = List.copyOf(attributes);
  }

  /** Top-level attribute by name, compared case-insensitively. */
  public Optional<AttributeDef> attribute(String attrName) {
    return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attrName)).findFirst();
  }
}
