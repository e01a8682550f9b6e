package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one Secrets Manager call the functions make, {@code GetSecretValue} (AWS JSON 1.1, {@code
 * X-Amz-Target: secretsmanager.GetSecretValue}), answering the local pepper for one secret id on a
 * free loopback port. Other targets and other ids get Secrets Manager's error shapes.
 */
final class SecretsEmulator implements AutoCloseable {
  private static final String TARGET = "secretsmanager.GetSecretValue";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final String secretId;
  private final String secretString;
  private final Instant created = Instant.now();

  SecretsEmulator(String secretId, String secretString) throws IOException {
    this.secretId = secretId;
    this.secretString = secretString;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      if (!TARGET.equals(target)) {
        error(exchange, "InvalidRequestException", "not emulated locally: " + target);
        return;
      }
      JsonNode request = Json.MAPPER.readTree(body);
      String id = request == null ? "" : request.path("SecretId").asText("");
      if (!id.equals(secretId)) {
        error(
            exchange,
            "ResourceNotFoundException",
            "Secrets Manager can't find the specified secret.");
        return;
      }
      ObjectNode out = Json.object();
      out.put(
          "ARN",
          "arn:aws:secretsmanager:"
              + SandboxEnvironment.REGION
              + ":"
              + EventBuilder.ACCOUNT_ID
              + ":secret:"
              + secretId
              + "-local");
      out.put("Name", secretId);
      out.put("VersionId", "00000000-0000-0000-0000-000000000001");
      out.put("SecretString", secretString);
      out.putArray("VersionStages").add("AWSCURRENT");
      out.put("CreatedDate", created.getEpochSecond());
      send(exchange, 200, out);
    }
  }

  private static void error(HttpExchange exchange, String type, String message) throws IOException {
    send(exchange, 400, Json.object().put("__type", type).put("message", message));
  }

  private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
