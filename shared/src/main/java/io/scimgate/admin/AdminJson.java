package io.scimgate.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.json.UnpairedSurrogateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Admin bodies in and out: plain {@code application/json}, never SCIM media types. */
final class AdminJson {
  static final String MEDIA_TYPE = "application/json";

  private AdminJson() {}

  static HttpResponse respond(int status, JsonNode body) {
    return new HttpResponse(status, Map.of("Content-Type", MEDIA_TYPE), Json.write(body));
  }

  static HttpResponse error(int status, String message) {
    ObjectNode body = Json.object();
    body.put("message", message);
    return respond(status, body);
  }

  /** The {@code message} of an error response this class built, or null. */
  static String message(HttpResponse response) {
    try {
      return response.body() == null
          ? null
          : Json.parse(response.body()).path("message").asText(null);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The request body as a JSON object, or 400. */
  static ObjectNode body(HttpRequest request) {
    String text = request.body();
    if (text == null || text.isBlank()) {
      throw AdminException.badRequest("A JSON object body is required.");
    }
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (UnpairedSurrogateException e) {
      throw AdminException.badRequest("The body contains an unpaired UTF-16 surrogate.");
    } catch (JsonProcessingException e) {
      throw AdminException.badRequest("The body is not valid JSON.");
    }
    if (!(node instanceof ObjectNode object)) {
      throw AdminException.badRequest("The body must be a JSON object.");
    }
    return object;
  }

  /** A required array of strings under {@code field}. */
  static List<String> strings(ObjectNode body, String field) {
    JsonNode array = body.get(field);
    if (array == null || !array.isArray()) {
      throw AdminException.badRequest("\"" + field + "\" must be an array of strings.");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isTextual()) {
        throw AdminException.badRequest("\"" + field + "\" must be an array of strings.");
      }
      out.add(item.asText());
    }
    return out;
  }

  static ArrayNode array(List<String> values) {
    ArrayNode out = Json.array();
    values.forEach(out::add);
    return out;
  }
}
