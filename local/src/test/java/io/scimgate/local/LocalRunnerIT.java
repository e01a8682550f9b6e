package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.auth.Tokens;
import io.scimgate.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner black-box: real HTTP on a free port, DynamoDB Local on disk in a temp directory. One
 * runner serves the tests that only read; those about starting and restarting start their own.
 */
class LocalRunnerIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path sharedDir;
  @TempDir Path dataDir;
  private static LocalRunner runner;

  @BeforeAll
  static void start() throws IOException {
    runner = LocalRunner.start(Config.forTests(sharedDir));
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  void listUsers_withTheTenantToken_isAnEmptyListResponse() throws Exception {
    HttpResponse<String> response = send("GET", runner.baseUrl() + "/Users", runner.scimToken());

    assertEquals(200, response.statusCode());
    assertEquals("application/scim+json", response.headers().firstValue("content-type").orElse(""));
    JsonNode body = Json.parse(response.body());
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:ListResponse",
        body.path("schemas").path(0).asText());
    assertEquals(0, body.path("totalResults").asInt(-1));
  }

  @Test
  void malformedPercentEscapeInTheQuery_isAScim400_notAnHtmlPage() throws Exception {
    // java.net.URI refuses such a URL, so this goes over a plain socket, as curl would send it.
    String answer;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", runner.port())) {
      socket
          .getOutputStream()
          .write(
              ("GET /tenants/demo/scim/v2/Users?filter=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      + "Authorization: Bearer "
                      + runner.scimToken()
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
    JsonNode body = Json.parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error", body.path("schemas").path(0).asText());
    assertEquals("invalidFilter", body.path("scimType").asText(), body.toString());
  }

  @Test
  void stalledConnections_doNotFreezeTheRunner() throws Exception {
    java.util.List<java.net.Socket> stalled = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", runner.port());
        socket
            .getOutputStream()
            .write(
                ("POST /tenants/demo/scim/v2/Users HTTP/1.1\r\nHost: x\r\nContent-Length: 999\r\n\r\n{")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        stalled.add(socket);
      }

      assertEquals(200, send("GET", runner.baseUrl() + "/Users", runner.scimToken()).statusCode());
    } finally {
      for (java.net.Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void noToken_is401WithABearerChallenge() throws Exception {
    HttpResponse<String> response = send("GET", runner.baseUrl() + "/Users", null);

    assertEquals(401, response.statusCode());
    assertTrue(response.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer"));
    assertScimError(response, "401");
  }

  @Test
  void unknownPathUnderTheBase_isAScim404() throws Exception {
    HttpResponse<String> response = send("GET", runner.baseUrl() + "/Nope", runner.scimToken());

    assertEquals(404, response.statusCode());
    assertScimError(response, "404");
  }

  @Test
  void deleteOnTheUsersCollection_is405() throws Exception {
    HttpResponse<String> response = send("DELETE", runner.baseUrl() + "/Users", runner.scimToken());

    assertEquals(405, response.statusCode());
    assertScimError(response, "405");
  }

  @Test
  void pathWithNoRoute_isApiGatewaysPlain404() throws Exception {
    HttpResponse<String> response = send("GET", runner.url() + "/nothing/here", null);

    assertEquals(404, response.statusCode());
    assertEquals("{\"message\":\"Not Found\"}", response.body());
  }

  @Test
  void dataSurvivesARestartOverTheSameDirectory() throws Exception {
    String token;
    try (LocalRunner first = LocalRunner.start(Config.forTests(dataDir))) {
      token = first.scimToken();
    }

    try (LocalRunner again = LocalRunner.start(Config.forTests(dataDir))) {
      assertNotEquals(token, again.scimToken());
      assertEquals(200, send("GET", again.baseUrl() + "/Users", token).statusCode());
      assertEquals(200, send("GET", again.baseUrl() + "/Users", again.scimToken()).statusCode());
      assertTrue(Files.isRegularFile(dataDir.resolve(DynamoServer.DATABASE_FILE)));
    }
  }

  @Test
  void configuredTokens_areUsedAndTheAdminTokenIsPublished() throws Exception {
    String scim = Tokens.generate();
    String admin = Tokens.generate();

    try (LocalRunner own =
        LocalRunner.start(Config.forTests(dataDir).withScimToken(scim).withAdminToken(admin))) {
      assertEquals(scim, own.scimToken());
      assertEquals(admin, own.adminToken());
      assertEquals(200, send("GET", own.baseUrl() + "/Users", scim).statusCode());
      assertEquals(200, send("GET", own.url() + "/admin/tenants/demo", admin).statusCode());
    }
  }

  @Test
  void theProvisionedTenant_isKnownToTheAdminApi_withSyncOff() throws Exception {
    HttpResponse<String> response =
        send("GET", runner.url() + "/admin/tenants/" + runner.tenant(), runner.adminToken());

    assertEquals(200, response.statusCode());
    assertEquals(false, Json.parse(response.body()).path("syncEnabled").asBoolean(true));
  }

  @Test
  void malformedConfiguredToken_isRefusedWithoutEchoingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Config.forTests(dataDir).withScimToken("hunter2"));

    assertTrue(e.getMessage().startsWith("SCIM_TOKEN must look like"));
    assertTrue(!e.getMessage().contains("hunter2"));
  }

  private static void assertScimError(HttpResponse<String> response, String status)
      throws IOException {
    JsonNode body = Json.parse(response.body());
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error", body.path("schemas").path(0).asText());
    assertEquals(status, body.path("status").asText());
  }

  private static HttpResponse<String> send(String method, String url, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
