package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the gateway answers the client: status, headers (a name may repeat, e.g. {@code Set-Cookie})
 * and body bytes.
 */
record GatewayResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
  /** Headers the HTTP server computes itself. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("content-length", "transfer-encoding", "connection", "date");

  /** API Gateway's own JSON answer, e.g. {@code {"message":"Not Found"}}. */
  static GatewayResponse message(int status, String message) {
    return new GatewayResponse(
        status,
        List.of(Map.entry("Content-Type", "application/json")),
        Json.write(Json.object().put("message", message)).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A function's payload 2.0 response as HTTP API maps it: output without {@code statusCode} is a
   * 200 JSON body (HTTP API's inference), {@code isBase64Encoded} bodies are decoded.
   */
  static GatewayResponse fromFunction(JsonNode out) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    if (out == null || out.isMissingNode() || !out.isObject() || !out.has("statusCode")) {
      boolean none = out == null || out.isMissingNode();
      headers.add(Map.entry("Content-Type", "application/json"));
      return new GatewayResponse(
          200, headers, none ? new byte[0] : Json.write(out).getBytes(StandardCharsets.UTF_8));
    }
    out.path("headers")
        .properties()
        .forEach(h -> {
          if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
            headers.add(Map.entry(h.getKey(), h.getValue().asText()));
          }
        });
    out.path("cookies").forEach(c -> headers.add(Map.entry("Set-Cookie", c.asText())));
    byte[] body = new byte[0];
    JsonNode text = out.get("body");
    if (text != null && !text.isNull()) {
      body =
          out.path("isBase64Encoded").asBoolean(false)
              ? Base64.getDecoder().decode(text.asText())
              : text.asText().getBytes(StandardCharsets.UTF_8);
    }
    return new GatewayResponse(out.path("statusCode").asInt(500), headers, body);
  }
}
