package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.AccessFanOut;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.EventPatterns;
import io.scimgate.testing.StreamEvents;
import io.scimgate.testing.TestTenant;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two event source mappings on the table's stream, judged with the filter patterns written in
 * template.yaml against the real stream records of DynamoDB Local after a provisioning day (users,
 * a group, memberships, sync, grants, a fan-out, a delete): StreamFunction gets exactly the
 * change-feed events, MaintenanceFunction exactly the new fan-out jobs.
 */
class StreamFiltersIT {
  private static final List<JsonNode> records = new ArrayList<>();
  private static final List<JsonNode> feed = new ArrayList<>();
  private static TemplateFile template;

  @BeforeAll
  static void provisioningDay() throws Exception {
    template = TemplateFile.read(TemplateFile.locate(Path.of("")));
    FeedFixture f = new FeedFixture(TestTenant.withStream("acme"));
    List<String> ids = new ArrayList<>();
    for (String name : List.of("ada", "bob", "cy")) {
      ids.add(f.ok("POST", "/Users", user(name)));
    }
    // More members than one fan-out chunk, so the grants job is updated (MODIFY) before removal.
    List<String> members = new ArrayList<>(ids.subList(0, 2));
    DynamoUserStore users = new DynamoUserStore(f.tenant.dynamo);
    for (int i = 0; i < 45; i++) { // a chunk is 40 users
      members.add(users.create("acme", "m" + i, (ObjectNode) Json.parse(user("m" + i))).id());
    }
    String group = "g-sales";
    new DynamoGroupStore(f.tenant.dynamo)
        .create("acme", group, Json.object().put("displayName", "Sales"), members);
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}");
    f.admin(
        "PUT",
        "/admin/tenants/acme/groups/" + group + "/grants",
        "{\"grants\":[{\"community\":\"sales\",\"role\":\"contributor\"}]}");
    new AccessFanOut(f.tenant.dynamo, Clock.systemUTC()).sweep(60_000);
    f.ok(
        "PATCH",
        "/Users/" + ids.get(2),
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
    f.scim("DELETE", "/Users/" + ids.get(1), null);

    StreamEvents.lambdaEvent(
            StreamEvents.records(f.tenant.dynamo), StreamEvents.streamArn(f.tenant.dynamo))
        .path("Records")
        .forEach(records::add);
    feed.addAll(f.newEvents());
  }

  @Test
  void streamFunction_getsEveryChangeFeedEvent_andNothingElse() throws Exception {
    List<String> delivered = new ArrayList<>();
    for (JsonNode record : matching("StreamFunction", "TableStream")) {
      delivered.add(
          Json.parse(record.at("/dynamodb/NewImage/event/S").asText()).path("id").asText());
    }

    List<String> committed = feed.stream().map(e -> e.path("id").asText()).toList();
    assertTrue(committed.size() > 10, "the day wrote events: " + committed.size());
    assertEquals(committed, delivered, "each event once, in commit order");
  }

  @Test
  void maintenanceFunction_getsEachNewFanOutJobOnce_notItsProgressOrRemoval() {
    List<String> kinds =
        matching("MaintenanceFunction", "FanOutJobs").stream()
            .map(r -> r.at("/dynamodb/NewImage/kind/S").asText())
            .toList();

    assertEquals(List.of("sync", "grants"), kinds);
    for (String progress : List.of("MODIFY", "REMOVE")) {
      assertTrue(
          records.stream()
              .anyMatch(r ->
                  r.path("eventName").asText().equals(progress)
                      && r.at("/dynamodb/Keys/sk/S").asText().startsWith("FANOUT#")),
          "the stream has the fan-out's " + progress + " records, and the filter drops them");
    }
  }

  private static List<JsonNode> matching(String function, String event) {
    String pattern = template.filterPattern(function, event);
    return records.stream().filter(r -> EventPatterns.matches(pattern, r)).toList();
  }

  private static String user(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + name
        + "@example.com\",\"active\":true}";
  }
}
