package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.testing.LogLines;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log lines of the shipped Users jar, as its sandbox prints them under the runtime interface
 * client (issue 10, docs/decisions/0050-logging-and-metrics.md): every line our code writes is one
 * JSON object with the request context, each request ends with one access line that is an EMF
 * document, and no token, password or {@code Authorization} value reaches the output.
 */
class JarLogLinesIT {
  private static final String PASSWORD = "Sup3r-Secret-Passw0rd!";
  private static final String WRONG_TOKEN = "scim_wrongwrongwrongwrongwrongwrongwrongwrong0";
  private static final Set<String> PLATFORM = Set.of("START", "END", "REPORT", "INIT_START");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void everyLineIsJsonWithContext_oneAccessLinePerRequest_noSecret() throws Exception {
    try (LocalRunner runner = LocalRunner.start(Config.forTests(dir.resolve("data")))) {
      String okta = "Okta SCIM Client 1.0.0";
      assertEquals(
          201,
          send(
              runner,
              "POST",
              "/Users",
              runner.scimToken(),
              okta,
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                  + "\"userName\":\"grace@example.com\",\"password\":\""
                  + PASSWORD
                  + "\"}"));
      assertEquals(
          409,
          send(
              runner,
              "POST",
              "/Users",
              runner.scimToken(),
              okta,
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                  + "\"userName\":\"grace@example.com\",\"password\":\""
                  + PASSWORD
                  + "\"}"));
      assertEquals(401, send(runner, "GET", "/Users", WRONG_TOKEN, okta, null));
      assertEquals(
          200,
          send(
              runner,
              "GET",
              "/Users?filter=userName%20eq%20%22grace%40example.com%22",
              runner.scimToken(),
              okta,
              null));

      List<String> texts = new ArrayList<>();
      List<String> requestIds = new ArrayList<>();
      for (String line : awaitAccessLines(runner, 4)) {
        String[] parts = line.split(" ", 3);
        String text = parts.length == 3 ? parts[2] : "";
        // Lambda's platform lines and the JVM's own notice (CloudWatch shows both too) are not
        // ours; every other line is.
        if (text.isBlank()
            || PLATFORM.contains(text.split(" ", 2)[0])
            || text.startsWith("Picked up JAVA_TOOL_OPTIONS")) {
          continue;
        }
        texts.add(text);
        requestIds.add(parts[1]);
      }
      LogLines logs =
          LogLines.of(String.join("\n", texts))
              .assertContextOnEveryLine()
              .assertNoneOf(runner.scimToken(), WRONG_TOKEN, PASSWORD, "Bearer ");
      List<JsonNode> access = logs.access();
      assertEquals(4, access.size(), texts.toString());
      List<Integer> statuses = access.stream().map(a -> a.path("status").asInt()).toList();
      assertEquals(List.of(201, 409, 401, 200), statuses);
      for (int i = 0; i < logs.all().size(); i++) {
        JsonNode line = logs.all().get(i);
        // The Lambda request id the runtime gave the invocation is the one each line carries.
        assertEquals(requestIds.get(i), line.path("requestId").asText(), line.toString());
      }
      for (JsonNode line : access) {
        LogLines.assertEmf(line);
        assertEquals("okta", line.path("idp").asText(), line.toString());
        assertFalse(line.path("route").asText().isEmpty(), line.toString());
      }
      assertTrue(access.get(0).path("coldStart").asBoolean(), access.get(0).toString());
      assertFalse(access.get(3).path("coldStart").asBoolean(), access.get(3).toString());
      assertEquals("uniqueness", access.get(1).path("scimType").asText(), access.get(1).toString());
    }
  }

  private static List<String> awaitAccessLines(LocalRunner runner, int wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> lines;
    do {
      lines = runner.logLines("UsersFunction");
      if (lines.stream().filter(l -> l.contains("\"event\":\"access\"")).count() >= wanted) {
        return lines;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return lines;
  }

  private static int send(
      LocalRunner runner, String method, String path, String token, String agent, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(runner.baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("User-Agent", agent)
            .header("Content-Type", "application/scim+json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
