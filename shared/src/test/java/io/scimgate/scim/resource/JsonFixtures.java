package io.scimgate.scim.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.io.UncheckedIOException;

/** Parses the JSON written in tests; single quotes stand for double quotes to keep cases short. */
final class JsonFixtures {
  private JsonFixtures() {}

  static ObjectNode json(String text) {
    return (ObjectNode) parse(text);
  }

  static JsonNode parse(String text) {
    try {
      return Json.parse(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
