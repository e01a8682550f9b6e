package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import io.scimgate.scim.schema.SchemaDef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * The attributes of a request body, grouped by owning schema under their canonical names but with
 * the values still as sent. Accepts plain names, URN-qualified names, extension objects keyed by
 * their URN and dotted sub-attribute names ({@code name.givenName}); keys that name no attribute
 * are left out. When several keys address the same attribute, complex values are merged and a later
 * key wins.
 */
final class RawAttributes {
  private final Map<String, Map<String, JsonNode>> bySchema = new HashMap<>();

  private RawAttributes() {}

  static RawAttributes collect(ResourceType type, JsonNode body) {
    RawAttributes raw = new RawAttributes();
    for (Entry<String, JsonNode> field : body.properties()) {
      String key = field.getKey();
      if (key.equalsIgnoreCase("schemas")) {
        continue;
      }
      Optional<SchemaDef> extension = type.extension(key);
      if (extension.isPresent()) {
        raw.addExtension(type, extension.get(), field.getValue());
      } else {
        type.resolve(key).ifPresent(r -> raw.add(r, field.getValue()));
      }
    }
    return raw;
  }

  /** The values given for attributes of {@code schema}, by canonical attribute name. */
  Map<String, JsonNode> of(SchemaDef schema) {
    return bySchema.getOrDefault(schema.id(), Map.of());
  }

  /** The value of {@code name} in {@code object}, the name compared case-insensitively. */
  static JsonNode field(JsonNode object, String name) {
    JsonNode found = null;
    for (Entry<String, JsonNode> field : object.properties()) {
      if (field.getKey().equalsIgnoreCase(name)) {
        found = field.getValue();
      }
    }
    return found;
  }

  private void addExtension(ResourceType type, SchemaDef extension, JsonNode value) {
    if (value.isNull()) {
      return;
    }
    if (!value.isObject()) {
      throw new InvalidValueException("'" + extension.id() + "' must be a JSON object");
    }
    for (Entry<String, JsonNode> field : value.properties()) {
      type.resolve(extension.id() + ":" + field.getKey()).ifPresent(r -> add(r, field.getValue()));
    }
  }

  private void add(ResolvedAttribute attribute, JsonNode value) {
    Map<String, JsonNode> values =
        bySchema.computeIfAbsent(attribute.schema().id(), k -> new LinkedHashMap<>());
    String name = attribute.attribute().name();
    JsonNode existing = values.get(name);
    if (attribute.sub() == null) {
      if (existing instanceof ObjectNode merged && value.isObject()) {
        values.put(name, merged.deepCopy().setAll((ObjectNode) value));
      } else {
        values.put(name, value);
      }
    } else if (!attribute.attribute().multiValued()) {
      // A dotted key cannot say which value of a multi-valued attribute it means; it is ignored.
      ObjectNode merged = existing instanceof ObjectNode o ? o.deepCopy() : Json.object();
      merged.set(attribute.sub().name(), value);
      values.put(name, merged);
    }
  }
}
