package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code make run} as a product developer sees a grants change: the fan-out job it writes starts
 * MaintenanceFunction's jar (the runner plays the stream trigger), and every member's {@code
 * access.changed} reaches {@code events.jsonl} without anyone invoking the function by hand.
 */
class LocalTriggersIT {
  @RegisterExtension final RunnerPerTest service = RunnerPerTest.withDefaults();

  @Test
  void aGrantsChange_reachesEventsJsonl_throughTheMaintenanceJar() throws Exception {
    LocalRunner runner = service.runner();
    IdpHttp scim = IdpHttp.of(runner, IdpHttp.PLAIN);
    List<String> members = new ArrayList<>();
    for (String name : List.of("ada", "bob")) {
      HttpResponse<String> created =
          scim.raw(
              "POST",
              "/Users",
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                  + name
                  + "@example.com\"}");
      assertEquals(201, created.statusCode(), created.body());
      members.add(Json.parse(created.body()).path("id").asText());
    }
    HttpResponse<String> group =
        scim.raw(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":"
                + "\"Sales\",\"members\":[{\"value\":\""
                + members.get(0)
                + "\"},{\"value\":\""
                + members.get(1)
                + "\"}]}");
    assertEquals(201, group.statusCode(), group.body());
    String groupId = Json.parse(group.body()).path("id").asText();
    String tenant = runner.url() + "/admin/tenants/" + runner.tenant();
    assertEquals(200, admin(runner, tenant + "/sync", "{\"enabled\":true}").statusCode());

    HttpResponse<String> grants =
        admin(
            runner,
            tenant + "/groups/" + groupId + "/grants",
            "{\"grants\":[{\"community\":\"sales\",\"role\":\"contributor\"}]}");
    assertEquals(200, grants.statusCode(), grants.body());

    TreeSet<String> granted = new TreeSet<>();
    Path journal = runner.dataDir().resolve("events.jsonl");
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (granted.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      granted.clear();
      if (Files.exists(journal)) {
        for (String line : Files.readAllLines(journal)) {
          JsonNode event = Json.parse(line);
          if (event.path("type").asText().equals("access.changed")
              && event.at("/data/cause/kind").asText().equals("grants")) {
            granted.add(event.at("/data/userId").asText());
          }
        }
      }
    }
    assertEquals(new TreeSet<>(members), granted, "each member's access.changed, once");
    assertFalse(runner.logLines("MaintenanceFunction").isEmpty(), "the jar did the fan-out");
  }

  private static HttpResponse<String> admin(LocalRunner runner, String url, String body)
      throws Exception {
    return IdpHttp.exchange(
        "PUT",
        url,
        runner.adminToken(),
        Map.of("Content-Type", "application/json"),
        BodyPublishers.ofString(body));
  }
}
