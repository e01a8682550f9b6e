package io.scimgate.functions.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.StreamEvents;
import io.scimgate.testing.TestTenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A grants change reaches the feed without waiting for the schedule: the new fan-out job's stream
 * record, through the filter template.yaml gives MaintenanceFunction's {@code FanOutJobs} event,
 * starts the handler, which publishes every member's {@code access.changed}.
 */
class FanOutTriggerIT {

  @Test
  void aNewFanOutJobOnTheStream_publishesTheMembersAccessChanges() throws Exception {
    TestTenant acme = TestTenant.withStream("acme");
    new DynamoTenantStore(acme.dynamo).create("acme", Instant.now());
    new DynamoTenantStore(acme.dynamo).setSyncEnabled("acme", true);
    DynamoUserStore users = new DynamoUserStore(acme.dynamo);
    List<String> members = new ArrayList<>();
    for (String name : List.of("ada", "bob")) {
      ObjectNode user = Json.object().put("userName", name).put("active", true);
      user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
      members.add(users.create("acme", name, user).id());
    }
    new DynamoGroupStore(acme.dynamo)
        .create("acme", "g-sales", Json.object().put("displayName", "Sales"), members);
    new DynamoGrantStore(acme.dynamo)
        .put("acme", "g-sales", List.of(new Grant("sales", "contributor")));
    assertEquals(List.of(), accessChanges(acme), "the change itself only wrote the job");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MaintenanceHandler(acme.components)
        .handleRequest(new ByteArrayInputStream(triggerBatch(acme)), out, null);

    JsonNode result = Json.parse(out.toString(StandardCharsets.UTF_8));
    assertEquals(0, result.path("pending").asInt(-1));
    assertFalse(result.has("erasing"), "a stream batch runs the fan-outs only: " + result);
    List<JsonNode> changes = accessChanges(acme);
    assertEquals(2, changes.size(), changes.toString());
    for (JsonNode change : changes) {
      assertEquals("grants", change.at("/data/cause/kind").asText());
      assertEquals("contributor", change.at("/data/grants/0/role").asText());
    }
  }

  /** The stream records the FanOutJobs filter passes, as the event source mapping delivers them. */
  private static byte[] triggerBatch(TestTenant tenant) {
    ObjectNode batch = StreamEvents.delivered(tenant.dynamo, "MaintenanceFunction", "FanOutJobs");
    List<String> kinds = new ArrayList<>();
    batch.path("Records").forEach(r -> kinds.add(r.at("/dynamodb/NewImage/kind/S").asText()));
    assertEquals(List.of("sync", "grants"), kinds, "the two jobs, not their other records");
    return Json.write(batch).getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> accessChanges(TestTenant tenant) {
    List<JsonNode> out = new ArrayList<>();
    new DynamoEventFeed(tenant.dynamo, Clock.systemUTC(), Duration.ZERO)
        .read("acme", null, 500)
        .events()
        .forEach(e -> {
          if (e.path("type").asText().equals("access.changed")) {
            out.add(e);
          }
        });
    return out;
  }
}
