package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.DateTimes;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import java.util.Map;

/**
 * Brings PATCH values to the attribute's type (RFC 7643 §2.3) and to canonical attribute names,
 * accepting what IdPs send: booleans as the strings "True"/"False" (Entra's default dialect), a
 * bare string for a complex attribute with a {@code value} sub-attribute (Entra's manager), a
 * single value for a multi-valued attribute. JSON nulls are dropped (Entra cannot clear by null);
 * readOnly sub-attributes of a writable attribute are dropped (the server sets them, e.g. {@code
 * manager.displayName}). Anything else of the wrong type is {@link InvalidValueException}.
 */
final class PatchValues {
  private PatchValues() {}

  /** The value coerced to {@code def}, or {@code null} when nothing is left to write. */
  static JsonNode coerce(AttributeDef def, JsonNode value, String path) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!def.multiValued()) {
      return single(def, value, path);
    }
    ArrayNode out = Json.array();
    for (JsonNode item : value.isArray() ? value : Json.array().add(value)) {
      JsonNode coerced = single(def, item, path);
      if (coerced != null) {
        out.add(coerced);
      }
    }
    return out;
  }

  /** One value of {@code def}, ignoring its multi-valuedness. */
  static JsonNode single(AttributeDef def, JsonNode value, String path) {
    if (value == null || value.isNull()) {
      return null;
    }
    return switch (def.type()) {
      case COMPLEX -> complex(def, value, path);
      case BOOLEAN -> {
        if (value.isBoolean()) {
          yield value;
        }
        if (value.isTextual()
            && (value.textValue().equalsIgnoreCase("true")
                || value.textValue().equalsIgnoreCase("false"))) {
          yield Json.NODES.booleanNode(value.textValue().equalsIgnoreCase("true"));
        }
        throw wrongType(path, "a boolean");
      }
      case INTEGER -> require(value.isIntegralNumber(), value, path, "an integer");
      case DECIMAL -> require(value.isNumber(), value, path, "a number");
      case DATE_TIME ->
          require(
              value.isTextual() && DateTimes.parse(value.textValue()).isPresent(),
              value,
              path,
              "a dateTime such as \"2011-05-13T04:42:34Z\"");
      default -> require(value.isTextual(), value, path, "a string");
    };
  }

  private static JsonNode complex(AttributeDef def, JsonNode value, String path) {
    if (value.isTextual() && def.sub("value").isPresent()) {
      return Json.object().put(def.sub("value").get().name(), value.textValue());
    }
    if (!value.isObject()) {
      throw wrongType(path, "an object");
    }
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      AttributeDef sub =
          def.sub(field.getKey())
              .orElseThrow(() ->
                  new InvalidValueException(
                      "'" + field.getKey() + "' is not a sub-attribute of '" + path + "'"));
      JsonNode coerced = single(sub, field.getValue(), path + "." + sub.name());
      boolean serverSet =
          sub.mutability() == Mutability.READ_ONLY && def.mutability() != Mutability.READ_ONLY;
      if (coerced != null && !serverSet) {
        out.set(sub.name(), coerced);
      }
    }
    return out.isEmpty() ? null : out;
  }

  /** Sets {@code name} on {@code object}, replacing a key spelled in another case. */
  static void put(ObjectNode object, String name, JsonNode value) {
    String existing = ResourceNodes.fieldName(object, name);
    if (existing != null && !existing.equals(name)) {
      object.remove(existing);
    }
    object.set(name, value);
  }

  /** Removes {@code name} from {@code object} in whatever case it is spelled. */
  static void remove(ObjectNode object, String name) {
    String existing = ResourceNodes.fieldName(object, name);
    if (existing != null) {
      object.remove(existing);
    }
  }

  private static JsonNode require(boolean ok, JsonNode value, String path, String expected) {
    if (!ok) {
      throw wrongType(path, expected);
    }
    return value;
  }

  private static InvalidValueException wrongType(String path, String expected) {
    return new InvalidValueException("'" + path + "' must be " + expected);
  }
}
