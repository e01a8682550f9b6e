package io.scimgate.scim.filter;

import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.AttributeType;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.Returned;
import io.scimgate.scim.schema.SchemaDef;
import io.scimgate.scim.schema.Uniqueness;
import java.util.List;

/** A made-up resource type with integer and decimal attributes, which the RFC schemas lack. */
final class NumericSchema {
  private NumericSchema() {}

  static ResourceType type() {
    SchemaDef schema =
        new SchemaDef(
            "urn:example:numeric",
            "Numeric",
            "",
            List.of(number("size", AttributeType.INTEGER), number("ratio", AttributeType.DECIMAL)));
    return new ResourceType("Numeric", "/Numerics", "", schema, List.of(), List.of());
  }

  private static AttributeDef number(String name, AttributeType type) {
    return new AttributeDef(
        name,
        type,
        false,
        false,
        false,
        Mutability.READ_WRITE,
        Returned.DEFAULT,
        Uniqueness.NONE,
        List.of(),
        List.of(),
        List.of());
  }
}
