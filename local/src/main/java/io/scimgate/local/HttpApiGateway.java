package io.scimgate.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What API Gateway does between the client and a Lambda function: route the request, invoke the
 * route's handler with a payload 2.0 event, and turn the function's 2.0 response into HTTP. Like
 * API Gateway it answers {@code {"message":"Not Found"}} when no route matches and {@code
 * {"message":"Internal Server Error"}} when the function fails.
 */
final class HttpApiGateway implements HttpHandler {
  /** Headers the HTTP server computes itself. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("content-length", "transfer-encoding", "connection", "date");

  private final RouteMatcher routes;
  private final Map<String, RequestStreamHandler> handlers;
  private final EventBuilder events;

  /** @param handlers one instance per handler class name, shared by that function's routes */
  HttpApiGateway(RouteMatcher routes, Map<String, RequestStreamHandler> handlers, int port) {
    this.routes = routes;
    this.handlers = Map.copyOf(handlers);
    this.events = new EventBuilder(port);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long started = System.nanoTime();
    try (exchange) {
      IncomingRequest request = read(exchange);
      int status = answer(exchange, request);
      System.err.printf(
          "%s %s -> %d (%d ms)%n",
          request.method(),
          request.rawPath(),
          status,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private int answer(HttpExchange exchange, IncomingRequest request) throws IOException {
    Optional<RouteMatcher.Match> match;
    try {
      match = routes.match(request.method(), request.pathSegments());
    } catch (IllegalArgumentException malformedEscape) {
      return message(exchange, 400, "Bad Request");
    }
    if (match.isEmpty()) {
      return message(exchange, 404, "Not Found");
    }
    TemplateFile.Route route = match.get().route();
    String requestId = UUID.randomUUID().toString();
    ObjectNode event;
    try {
      event = events.build(request, match.get(), requestId, Instant.now());
    } catch (IllegalArgumentException malformedQuery) {
      return message(exchange, 400, "Bad Request");
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try {
      handlers
          .get(route.handlerClass())
          .handleRequest(
              new ByteArrayInputStream(Json.MAPPER.writeValueAsBytes(event)),
              output,
              new LocalContext(route.function(), requestId));
      return respond(exchange, request.method(), Json.MAPPER.readTree(output.toByteArray()));
    } catch (IOException | RuntimeException e) {
      // A function error: API Gateway shows the client nothing of it.
      System.err.println(route.function() + " failed on request " + requestId + ": " + e);
      return message(exchange, 500, "Internal Server Error");
    }
  }

  /**
   * Writes a payload 2.0 response. Output without {@code statusCode} is, as API Gateway infers it,
   * a 200 JSON body.
   */
  private static int respond(HttpExchange exchange, String method, JsonNode out)
      throws IOException {
    if (out == null || !out.isObject() || !out.has("statusCode")) {
      boolean none = out == null || out.isMissingNode();
      byte[] body = none ? new byte[0] : Json.MAPPER.writeValueAsBytes(out);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      return send(exchange, method, 200, body);
    }
    Headers headers = exchange.getResponseHeaders();
    out.path("headers").properties().forEach(h -> {
      if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        headers.set(h.getKey(), h.getValue().asText());
      }
    });
    out.path("cookies").forEach(c -> headers.add("Set-Cookie", c.asText()));
    byte[] body = new byte[0];
    JsonNode text = out.get("body");
    if (text != null && !text.isNull()) {
      body = out.path("isBase64Encoded").asBoolean(false)
          ? Base64.getDecoder().decode(text.asText())
          : text.asText().getBytes(StandardCharsets.UTF_8);
    }
    return send(exchange, method, out.path("statusCode").asInt(500), body);
  }

  private static int message(HttpExchange exchange, int status, String message)
      throws IOException {
    ObjectNode body = Json.object().put("message", message);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    return send(exchange, exchange.getRequestMethod(), status, Json.MAPPER.writeValueAsBytes(body));
  }

  private static int send(HttpExchange exchange, String method, int status, byte[] body)
      throws IOException {
    boolean noBody =
        body.length == 0 || method.equalsIgnoreCase("HEAD") || status == 204 || status == 304;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream stream = exchange.getResponseBody()) {
        stream.write(body);
      }
    }
    return status;
  }

  private static IncomingRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (var in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
    return new IncomingRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        headers,
        body,
        exchange.getRemoteAddress().getAddress().getHostAddress(),
        exchange.getProtocol());
  }
}
