package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaDef;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * Shapes a stored resource into a response body (RFC 7644 §3.4.2.5 and §3.9, RFC 7643 §7
 * "returned"): {@code schemas} and {@code returned: always} attributes ({@code id}) are always
 * present, {@code returned: never} ones ({@code password}) never, and the rest as the {@link
 * AttributeSelection} asks. {@code schemas} lists the core schema and the extensions still present.
 * Keys that name no attribute of the served schemas are not returned, so storage-only fields cannot
 * leak.
 */
public final class Projection {
  private Projection() {}

  /**
   * Projects {@code resource}, in the canonical form {@link ResourceValidator} produces (plus
   * {@code id} and {@code meta}), to a new object; {@code resource} is left unchanged.
   */
  public static ObjectNode project(
      ResourceType type, ObjectNode resource, AttributeSelection selection) {
    SelectionRules rules = selection.rules(type);
    ObjectNode out = Json.object();
    ArrayNode schemas = out.putArray("schemas").add(type.schema().id());
    for (Entry<String, JsonNode> field : resource.properties()) {
      String name = field.getKey();
      Optional<SchemaDef> extension = type.extension(name);
      if (extension.isPresent()) {
        ObjectNode projected = projectSchema(extension.get(), field.getValue(), rules);
        if (!projected.isEmpty()) {
          out.set(extension.get().id(), projected);
          schemas.add(extension.get().id());
        }
      } else if (!name.contains(":")) {
        coreAttribute(type, name)
            .map(a -> projectAttribute(type.schema(), a, field.getValue(), rules))
            .ifPresent(v -> out.set(name, v));
      }
    }
    return out;
  }

  private static Optional<AttributeDef> coreAttribute(ResourceType type, String name) {
    Optional<AttributeDef> core = type.schema().attribute(name);
    return core.isPresent()
        ? core
        : type.commonAttributes().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
  }

  private static ObjectNode projectSchema(SchemaDef schema, JsonNode values, SelectionRules rules) {
    ObjectNode out = Json.object();
    for (Entry<String, JsonNode> field : values.properties()) {
      schema
          .attribute(field.getKey())
          .map(a -> projectAttribute(schema, a, field.getValue(), rules))
          .ifPresent(v -> out.set(field.getKey(), v));
    }
    return out;
  }

  /** The projected value, or {@code null} when nothing of it is returned. */
  private static JsonNode projectAttribute(
      SchemaDef schema, AttributeDef attribute, JsonNode value, SelectionRules rules) {
    if (value.isNull() || !rules.includes(schema, attribute)) {
      return null;
    }
    if (!attribute.isComplex()) {
      return value.deepCopy();
    }
    if (!attribute.multiValued()) {
      return projectComplex(schema, attribute, value, rules);
    }
    ArrayNode out = Json.array();
    for (JsonNode element : value) {
      JsonNode projected = projectComplex(schema, attribute, element, rules);
      if (projected != null) {
        out.add(projected);
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static JsonNode projectComplex(
      SchemaDef schema, AttributeDef attribute, JsonNode value, SelectionRules rules) {
    ObjectNode out = Json.object();
    for (Entry<String, JsonNode> field : value.properties()) {
      attribute
          .sub(field.getKey())
          .filter(sub -> rules.includes(schema, attribute, sub))
          .ifPresent(sub -> out.set(field.getKey(), field.getValue().deepCopy()));
    }
    return out.isEmpty() ? null : out;
  }
}
