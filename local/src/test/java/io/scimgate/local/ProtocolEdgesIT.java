package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 6 and 10 over real HTTP: the routes come from template.yaml, so these prove the
 * template sends the bare base URL, /Me and /.search to a SCIM answer, and that a body which is not
 * UTF-8 reaches the function as bytes and is refused.
 */
class ProtocolEdgesIT {

  @TempDir static Path dataDir;
  private static LocalRunner runner;

  @BeforeAll
  static void start() throws IOException {
    runner = LocalRunner.start(Config.forTests(dataDir));
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  void bareBaseUrl_isAScim404_notTheGatewaysPlainOne() throws Exception {
    assertScimError(send("GET", runner.baseUrl(), null), 404);
  }

  @Test
  void me_is501() throws Exception {
    assertScimError(send("GET", runner.baseUrl() + "/Me", null), 501);
  }

  @Test
  void searchAtTheRoot_is501() throws Exception {
    String search = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]}";
    assertScimError(
        send("POST", runner.baseUrl() + "/.search", search.getBytes(StandardCharsets.UTF_8)), 501);
  }

  @Test
  void createUser_bodyNotUtf8_is400InvalidSyntax_andNothingIsStored() throws Exception {
    byte[] body =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"b\u00ff\"}"
            .getBytes(StandardCharsets.ISO_8859_1);

    JsonNode error = assertScimError(send("POST", runner.baseUrl() + "/Users", body), 400);

    assertEquals("invalidSyntax", error.path("scimType").asText());
    JsonNode list = Json.parse(send("GET", runner.baseUrl() + "/Users", null).body());
    assertEquals(0, list.path("totalResults").asInt(-1));
  }

  private static HttpResponse<String> send(String method, String url, byte[] body)
      throws Exception {
    return IdpHttp.exchange(
        method,
        url,
        runner.scimToken(),
        IdpHttp.PLAIN,
        body == null ? null : HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private static JsonNode assertScimError(HttpResponse<String> response, int status)
      throws Exception {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals("application/scim+json", response.headers().firstValue("content-type").orElse(""));
    JsonNode body = Json.parse(response.body());
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error", body.path("schemas").path(0).asText());
    assertEquals(Integer.toString(status), body.path("status").asText());
    return body;
  }
}
