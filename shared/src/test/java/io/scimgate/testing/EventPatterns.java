package io.scimgate.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.util.Map;

/**
 * Lambda event-filtering patterns (the {@code FilterCriteria} of an event source mapping,
 * EventBridge pattern syntax) applied to one record, for the subset template.yaml uses: nested
 * objects, arrays of literal values (any may equal), {@code {"exists": true|false}} and {@code
 * {"prefix": "…"}}. Any other operator throws, so a pattern this cannot judge never passes a test
 * by accident.
 */
public final class EventPatterns {
  private EventPatterns() {}

  /** Whether {@code record} (one stream record as Lambda sees it) matches {@code pattern}. */
  public static boolean matches(String pattern, JsonNode record) {
    try {
      return object(Json.parse(pattern), record);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON pattern: " + pattern, e);
    }
  }

  private static boolean object(JsonNode pattern, JsonNode value) {
    if (!pattern.isObject()) {
      throw new IllegalArgumentException("a pattern level must be an object: " + pattern);
    }
    for (Map.Entry<String, JsonNode> field : pattern.properties()) {
      JsonNode rule = field.getValue();
      JsonNode actual = value == null ? null : value.get(field.getKey());
      boolean ok = rule.isArray() ? anyOf(rule, actual) : object(rule, actual);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyOf(JsonNode alternatives, JsonNode actual) {
    for (JsonNode alternative : alternatives) {
      if (alternative.isObject() ? operator(alternative, actual) : equal(alternative, actual)) {
        return true;
      }
    }
    return false;
  }

  private static boolean operator(JsonNode rule, JsonNode actual) {
    if (rule.size() != 1) {
      throw new IllegalArgumentException("one operator per element: " + rule);
    }
    if (rule.has("exists")) {
      return rule.get("exists").asBoolean() == (actual != null && !actual.isNull());
    }
    if (rule.has("prefix")) {
      return actual != null
          && actual.isTextual()
          && actual.asText().startsWith(rule.get("prefix").asText());
    }
    throw new IllegalArgumentException("operator not supported here: " + rule);
  }

  private static boolean equal(JsonNode literal, JsonNode actual) {
    if (actual == null) {
      return false;
    }
    if (actual.isArray()) {
      for (JsonNode element : actual) {
        if (literal.equals(element)) {
          return true;
        }
      }
      return false;
    }
    return literal.equals(actual);
  }
}
