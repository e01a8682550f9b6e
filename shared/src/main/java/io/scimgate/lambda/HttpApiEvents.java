package io.scimgate.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.IamCaller;
import io.scimgate.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Converts API Gateway HTTP API payload format 2.0 events to {@link HttpRequest} and {@link
 * HttpResponse} back to the 2.0 response format. Plain JSON: no Lambda library types.
 */
public final class HttpApiEvents {
  /** Pseudo-header carrying the IAM caller API Gateway verified; never taken from the client. */
  public static final String IAM_CALLER_HEADER = IamCaller.HEADER;

  private HttpApiEvents() {}

  public static HttpRequest toRequest(JsonNode event) {
    JsonNode context = event.path("requestContext");
    String method = context.path("http").path("method").asText("GET").toUpperCase(Locale.ROOT);
    String path = event.path("rawPath").asText(context.path("http").path("path").asText("/"));
    String requestId = context.path("requestId").asText("");
    if (requestId.isEmpty()) {
      requestId = UUID.randomUUID().toString();
    }
    String body = null;
    boolean malformed = false;
    JsonNode bodyNode = event.get("body");
    if (bodyNode != null && !bodyNode.isNull()) {
      body = bodyNode.asText();
      if (event.path("isBase64Encoded").asBoolean(false)) {
        body = strictUtf8(body);
        malformed = body == null;
      }
    }
    return new HttpRequest(
        method,
        path,
        strings(event.path("pathParameters"), false),
        strings(event.path("queryStringParameters"), false),
        headers(event),
        body,
        requestId,
        malformed);
  }

  /**
   * The base64 body as UTF-8 text, or {@code null} when it is not base64 or its bytes are not
   * UTF-8. {@code new String(bytes, UTF_8)} would replace bad bytes with U+FFFD and the service
   * would store text the client never sent.
   */
  private static String strictUtf8(String base64) {
    try {
      byte[] bytes = Base64.getDecoder().decode(base64);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The client's headers, plus the caller identity API Gateway verified (SigV4, {@code AWS_IAM}
   * authoriser) as {@value #IAM_CALLER_HEADER}. A client-sent header of that name is dropped first,
   * so only API Gateway can set it.
   */
  private static Map<String, String> headers(JsonNode event) {
    Map<String, String> headers = strings(event.path("headers"), true);
    headers.remove(IAM_CALLER_HEADER);
    JsonNode iam = event.path("requestContext").path("authorizer").path("iam");
    String caller = iam.path("userArn").asText("");
    if (caller.isEmpty()) {
      caller = iam.path("callerId").asText("");
    }
    if (!caller.isEmpty()) {
      headers.put(IAM_CALLER_HEADER, caller);
    }
    return headers;
  }

  public static ObjectNode toEvent(HttpResponse response) {
    ObjectNode out = Json.object();
    out.put("statusCode", response.status());
    ObjectNode headers = out.putObject("headers");
    response.headers().forEach(headers::put);
    if (response.body() != null) {
      out.put("body", response.body());
    }
    out.put("isBase64Encoded", false);
    return out;
  }

  private static Map<String, String> strings(JsonNode object, boolean lowerCaseKeys) {
    Map<String, String> out = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = lowerCaseKeys ? e.getKey().toLowerCase(Locale.ROOT) : e.getKey();
      if (!e.getValue().isNull()) {
        out.put(key, e.getValue().asText());
      }
    }
    return out;
  }
}
