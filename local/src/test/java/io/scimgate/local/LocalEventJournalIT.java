package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's {@code events.jsonl} (docs/events.md, "Local runner"): a user created over HTTP,
 * through the users function's jar in its sandbox, appears as one JSON line, written by the runner
 * process following the tenant's feed (about the settle window behind).
 */
class LocalEventJournalIT {
  @TempDir Path dataDir;

  @Test
  void userCreatedOverHttp_isAppendedToEventsJsonl() throws Exception {
    try (LocalRunner runner = LocalRunner.start(Config.forTests(dataDir))) {
      String body =
          "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
              + "\"userName\":\"journal@acme.test\"}";
      HttpResponse<String> created =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(runner.baseUrl() + "/Users"))
                      .header("Authorization", "Bearer " + runner.scimToken())
                      .header("Content-Type", "application/scim+json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(201, created.statusCode(), created.body());
      String userId = Json.parse(created.body()).path("id").asText();

      Path journal = runner.dataDir().resolve("events.jsonl");
      List<String> lines = List.of();
      for (int i = 0; i < 60 && lines.isEmpty(); i++) {
        Thread.sleep(500);
        lines = Files.exists(journal) ? Files.readAllLines(journal) : List.of();
      }
      assertEquals(1, lines.size(), lines.toString());
      JsonNode event = Json.parse(lines.get(0));
      assertEquals("user.created", event.path("type").asText());
      assertEquals(runner.tenant(), event.path("tenantId").asText());
      assertEquals(userId, event.path("data").path("user").path("id").asText(), event.toString());
      assertTrue(event.path("id").isTextual());
    }
  }
}
