package io.scimgate.scim.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 7643 §7 schema JSON into {@link SchemaDef}s: the served JSON is the source of truth.
 */
final class SchemaJson {
  private SchemaJson() {}

  static SchemaDef schema(JsonNode json) {
    return new SchemaDef(
        json.path("id").asText(),
        json.path("name").asText(),
        json.path("description").asText(),
        attributes(json.path("attributes")));
  }

  static List<AttributeDef> attributes(JsonNode array) {
    List<AttributeDef> out = new ArrayList<>();
    for (JsonNode a : array) {
      out.add(attribute(a));
    }
    return out;
  }

  private static AttributeDef attribute(JsonNode a) {
    return new AttributeDef(
        a.path("name").asText(),
        WireNames.parse(AttributeType.class, a.path("type").asText()),
        a.path("multiValued").asBoolean(false),
        a.path("required").asBoolean(false),
        a.path("caseExact").asBoolean(false),
        WireNames.parse(Mutability.class, a.path("mutability").asText("readWrite")),
        WireNames.parse(Returned.class, a.path("returned").asText("default")),
        WireNames.parse(Uniqueness.class, a.path("uniqueness").asText("none")),
        attributes(a.path("subAttributes")),
        strings(a.path("canonicalValues")),
        strings(a.path("referenceTypes")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
