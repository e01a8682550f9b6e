package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks and normalises one attribute value against its definition: the data types of RFC 7643
 * §2.3, multi-valued attributes of §2.4, and unassigned values of §2.5 (null, an empty array and an
 * empty complex value all mean "no value" and come back as {@code null}).
 */
final class AttributeValues {
  private final ValueLimits limits;

  AttributeValues(ValueLimits limits) {
    this.limits = limits;
  }

  /** The normalised value, or {@code null} when {@code raw} assigns nothing. */
  JsonNode normalize(AttributeDef def, JsonNode raw, String path) {
    if (raw == null || raw.isNull()) {
      return null;
    }
    if (!def.multiValued()) {
      return single(def, raw, path);
    }
    if (!raw.isArray()) {
      throw new InvalidValueException(
          "Attribute '" + path + "' is multi-valued and must be an array");
    }
    ArrayNode out = Json.array();
    Map<String, JsonNode> seen = new HashMap<>();
    int primaries = 0;
    for (JsonNode element : raw) {
      JsonNode value = single(def, element, path);
      if (value == null) {
        continue;
      }
      boolean primary = value.path("primary").asBoolean(false);
      JsonNode same = seen.putIfAbsent(SameValue.elementKey(def, value), value);
      if (same != null) {
        // RFC 7644 §3.5.2.1: a value already present changes nothing; a repeated element is kept
        // once, primary if either copy was.
        if (primary && !same.path("primary").asBoolean(false)) {
          ((ObjectNode) same).put("primary", true);
          primaries++;
        }
        continue;
      }
      if (primary) {
        primaries++;
      }
      out.add(value);
    }
    if (primaries > 1) {
      // RFC 7643 §2.4: the primary attribute value "true" MUST appear no more than once.
      throw new InvalidValueException("At most one value of '" + path + "' may be primary");
    }
    return out.isEmpty() ? null : out;
  }

  private JsonNode single(AttributeDef def, JsonNode raw, String path) {
    if (raw.isNull()) {
      return null;
    }
    return def.isComplex() ? complex(def, raw, path) : scalar(def, raw, path);
  }

  private JsonNode complex(AttributeDef def, JsonNode raw, String path) {
    JsonNode object = raw;
    if (raw.isTextual() && !def.multiValued() && def.sub("value").isPresent()) {
      // Entra sends the enterprise manager as a bare id.
      object = Json.object().set("value", raw);
    }
    if (!object.isObject()) {
      throw new InvalidValueException("Attribute '" + path + "' must be a JSON object");
    }
    Map<String, JsonNode> given = new LinkedHashMap<>();
    object
        .properties()
        .forEach(e -> def.sub(e.getKey()).ifPresent(s -> given.put(s.name(), e.getValue())));
    ObjectNode out = Json.object();
    for (AttributeDef sub : def.subAttributes()) {
      if (!isClientWritable(sub)) {
        continue;
      }
      JsonNode value = normalize(sub, given.get(sub.name()), path + "." + sub.name());
      if (value != null) {
        out.set(sub.name(), value);
      }
    }
    if (out.isEmpty()) {
      return null;
    }
    for (AttributeDef sub : def.subAttributes()) {
      if (sub.required() && !out.has(sub.name())) {
        throw new InvalidValueException("Attribute '" + path + "." + sub.name() + "' is required");
      }
    }
    return out;
  }

  /**
   * Whether a client-supplied value is kept: readOnly values are ignored (RFC 7644 §3.3) and
   * writeOnly ones ({@code password}) are never stored by this service.
   */
  static boolean isClientWritable(AttributeDef def) {
    return def.mutability() != Mutability.READ_ONLY && def.mutability() != Mutability.WRITE_ONLY;
  }

  private JsonNode scalar(AttributeDef def, JsonNode raw, String path) {
    return switch (def.type()) {
      // A number is not a string (RFC 7643 §2.3.1): coercing would store what the client never
      // wrote (1.5e400 became "Infinity"), so it is refused like any other wrong type.
      case STRING -> text(raw, path, "a string", false);
      case REFERENCE -> text(raw, path, "a URI reference", false);
      case BINARY -> binary(text(raw, path, "base64 text", true), path);
      case DATE_TIME -> dateTime(text(raw, path, "an xsd:dateTime", false), path);
      case BOOLEAN -> bool(raw, path);
      case INTEGER -> {
        if (!raw.isIntegralNumber() || !raw.canConvertToLong()) {
          throw wrongType(path, "an integer");
        }
        yield raw;
      }
      case DECIMAL -> {
        if (!raw.isNumber()) {
          throw wrongType(path, "a number");
        }
        yield raw;
      }
      case COMPLEX -> throw new IllegalStateException("complex handled by caller");
    };
  }

  private JsonNode text(JsonNode raw, String path, String expected, boolean binary) {
    if (!raw.isTextual()) {
      throw wrongType(path, expected);
    }
    limits.check(path, raw.textValue(), binary);
    return raw;
  }

  private static JsonNode bool(JsonNode raw, String path) {
    if (raw.isBoolean()) {
      return raw;
    }
    if (raw.isTextual()) {
      // Entra's default dialect sends "True" / "False".
      String text = raw.textValue().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return BooleanNode.valueOf(text.equals("true"));
      }
    }
    throw wrongType(path, "a boolean");
  }

  private static JsonNode dateTime(JsonNode raw, String path) {
    try {
      DateTimeFormatter.ISO_DATE_TIME.parse(raw.textValue());
      return raw;
    } catch (DateTimeParseException e) {
      throw wrongType(path, "an xsd:dateTime such as 2024-05-13T04:42:34Z");
    }
  }

  private static JsonNode binary(JsonNode raw, String path) {
    try {
      Base64.getDecoder().decode(raw.textValue().replaceAll("\\s", ""));
      return raw;
    } catch (IllegalArgumentException e) {
      throw wrongType(path, "base64 text");
    }
  }

  private static InvalidValueException wrongType(String path, String expected) {
    return new InvalidValueException("Attribute '" + path + "' must be " + expected);
  }
}
