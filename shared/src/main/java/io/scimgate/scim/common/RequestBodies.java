package io.scimgate.scim.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.json.Json;
import io.scimgate.json.UnpairedSurrogateException;
import io.scimgate.scim.error.InvalidSyntaxException;

/**
 * The JSON body of a request; a missing or malformed body is 400 invalidSyntax (RFC 7644 §3.12).
 */
public final class RequestBodies {
  private RequestBodies() {}

  public static JsonNode json(HttpRequest request) {
    String body = request.body();
    if (body == null || body.isBlank()) {
      throw new InvalidSyntaxException("The request needs a JSON body.");
    }
    try {
      return Json.parse(body);
    } catch (UnpairedSurrogateException e) {
      throw new InvalidSyntaxException(
          "The body contains an unpaired UTF-16 surrogate (such as \\ud800): it is not Unicode"
              + " text.");
    } catch (JsonProcessingException e) {
      // The parser's message quotes the input; only its position is safe and useful.
      var at = e.getLocation();
      throw new InvalidSyntaxException(
          at == null
              ? "The body is not valid JSON."
              : "The body is not valid JSON (line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + ").");
    }
  }
}
