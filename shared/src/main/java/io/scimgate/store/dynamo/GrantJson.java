package io.scimgate.store.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.scimgate.access.Grant;
import io.scimgate.json.Json;
import java.util.ArrayList;
import java.util.List;

/** Grants and roles as the JSON a fan-out job keeps of a fact's value before and after. */
final class GrantJson {
  private GrantJson() {}

  static JsonNode of(List<Grant> grants) {
    ArrayNode out = Json.array();
    grants.forEach(g -> out.addObject().put("community", g.community()).put("role", g.role()));
    return out;
  }

  static List<Grant> grants(JsonNode json) {
    List<Grant> out = new ArrayList<>();
    json.forEach(g -> out.add(new Grant(g.get("community").asText(), g.get("role").asText())));
    return out;
  }

  static JsonNode strings(List<String> values) {
    ArrayNode out = Json.array();
    values.forEach(out::add);
    return out;
  }

  static List<String> strings(JsonNode json) {
    List<String> out = new ArrayList<>();
    json.forEach(v -> out.add(v.asText()));
    return out;
  }
}
