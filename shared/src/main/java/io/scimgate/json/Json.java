package io.scimgate.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The one JSON mapper of the service: SCIM resources are handled as Jackson trees. */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * Parses text; a malformed document raises {@link JsonProcessingException}, and one whose text is
   * not well-formed Unicode (a lone surrogate, e.g. the escape {@code \ud800}) raises its subclass
   * {@link UnpairedSurrogateException}: such text cannot be stored unchanged.
   */
  public static JsonNode parse(String text) throws JsonProcessingException {
    JsonNode tree = MAPPER.readTree(text);
    if (!WellFormedText.check(tree)) {
      throw new UnpairedSurrogateException();
    }
    return tree;
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
