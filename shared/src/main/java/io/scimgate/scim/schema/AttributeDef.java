package io.scimgate.scim.schema;

import java.util.List;
import java.util.Optional;

/**
 * One attribute definition of a served schema (RFC 7643 §7). Built from the same JSON that {@code
 * /Schemas} serves, so validation, filtering and projection read exactly what clients see.
 */
public record AttributeDef(
    String name,
    AttributeType type,
    boolean multiValued,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<AttributeDef> subAttributes,
    List<String> canonicalValues,
    List<String> referenceTypes) {

  public AttributeDef {
    subAttributes = List.copyOf(subAttributes);
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
  }

  /** Sub-attribute by name, compared case-insensitively (RFC 7643 §2.1). */
  public Optional<AttributeDef> sub(String subName) {
    return subAttributes.stream().filter(a -> a.name.equalsIgnoreCase(subName)).findFirst();
  }

  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }
}
