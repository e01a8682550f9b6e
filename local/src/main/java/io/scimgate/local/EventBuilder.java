package io.scimgate.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the API Gateway HTTP API payload format 2.0 event a Lambda function receives: header names
 * lower-cased and repeated headers joined with commas, {@code Cookie} moved to {@code cookies},
 * repeated query keys joined with commas, path and query values decoded, and a body that is
 * base64-encoded unless its content type is text or JSON and its bytes are UTF-8.
 */
public final class EventBuilder {
  static final String ACCOUNT_ID = "000000000000";
  static final String API_ID = "local";
  private static final DateTimeFormatter CLF_TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final int port;

  /**
   * @param port the port the gateway listens on, sent as {@code x-forwarded-port}
   */
  public EventBuilder(int port) {
    this.port = port;
  }

  public ObjectNode build(
      IncomingRequest request, RouteMatcher.Match match, String requestId, Instant now) {
    Map<String, String> headers = new LinkedHashMap<>();
    List<String> cookies = new ArrayList<>();
    request
        .headers()
        .forEach((name, values) -> {
          String key = name.toLowerCase(Locale.ROOT);
          if (key.equals("cookie")) {
            values.forEach(v -> cookies.addAll(split(v, ";")));
          } else {
            headers.merge(key, String.join(",", values), (a, b) -> a + "," + b);
          }
        });
    headers.merge("x-forwarded-for", request.sourceIp(), (a, b) -> a + ", " + b);
    headers.put("x-forwarded-port", Integer.toString(port));
    headers.put("x-forwarded-proto", "http");

    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", match.routeKey());
    event.put("rawPath", request.path());
    event.put("rawQueryString", request.rawQuery() == null ? "" : request.rawQuery());
    if (!cookies.isEmpty()) {
      ArrayNode array = event.putArray("cookies");
      cookies.forEach(array::add);
    }
    putStrings(event.putObject("headers"), headers);
    Map<String, String> query = query(request.rawQuery());
    if (!query.isEmpty()) {
      putStrings(event.putObject("queryStringParameters"), query);
    }
    requestContext(event.putObject("requestContext"), request, headers, match, requestId, now);
    if (!match.pathParameters().isEmpty()) {
      putStrings(event.putObject("pathParameters"), match.pathParameters());
    }
    byte[] body = request.body();
    // A "text" body whose bytes are not UTF-8 travels base64-encoded too: decoding it here would
    // replace bytes with U+FFFD before the function could refuse them.
    boolean base64 = body.length > 0 && (!isText(headers.get("content-type")) || !utf8(body));
    if (body.length > 0) {
      event.put(
          "body",
          base64
              ? Base64.getEncoder().encodeToString(body)
              : new String(body, StandardCharsets.UTF_8));
    }
    event.put("isBase64Encoded", base64);
    return event;
  }

  /** Query parameters decoded; a key given several times has its values joined with commas. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.merge(key, value, (a, b) -> a + "," + b);
    }
    return out;
  }

  private static boolean utf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Text and JSON bodies reach the function as they are; anything else base64-encoded. */
  static boolean isText(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.startsWith("text/")
        || media.equals("application/json")
        || media.endsWith("+json")
        || media.equals("application/xml")
        || media.endsWith("+xml")
        || media.equals("application/x-www-form-urlencoded")
        || media.equals("application/javascript");
  }

  private void requestContext(
      ObjectNode context,
      IncomingRequest request,
      Map<String, String> headers,
      RouteMatcher.Match match,
      String requestId,
      Instant now) {
    String host = headers.getOrDefault("host", "127.0.0.1:" + port);
    String domainName = host.replaceFirst(":\\d+$", "");
    context.put("accountId", ACCOUNT_ID);
    context.put("apiId", API_ID);
    context.put("domainName", domainName);
    context.put("domainPrefix", domainName.split("\\.", 2)[0]);
    ObjectNode http = context.putObject("http");
    http.put("method", request.method().toUpperCase(Locale.ROOT));
    http.put("path", request.path());
    http.put("protocol", request.protocol());
    http.put("sourceIp", request.sourceIp());
    http.put("userAgent", headers.getOrDefault("user-agent", ""));
    context.put("requestId", requestId);
    context.put("routeKey", match.routeKey());
    context.put("stage", "$default");
    context.put("time", CLF_TIME.format(now));
    context.put("timeEpoch", now.toEpochMilli());
  }

  private static void putStrings(ObjectNode node, Map<String, String> values) {
    values.forEach(node::put);
  }

  private static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split(separator)) {
      if (!part.isBlank()) {
        parts.add(part.trim());
      }
    }
    return parts;
  }

  private static String decode(String text) {
    return PercentDecoding.decode(text, true);
  }
}
