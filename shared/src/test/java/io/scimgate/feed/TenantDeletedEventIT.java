package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoTenantDeletedEvent;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.testing.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An erasure ends with {@code tenant.deleted}, written outside the erased tenant's keys (a full
 * scan finds nothing under {@code T#<t>#} afterwards) as an event item the stream function delivers
 * like any other.
 */
class TenantDeletedEventIT {
  private final TestTenant acme = TestTenant.create("acme");
  private final FeedFixture feed = new FeedFixture(acme);

  @Test
  void erasure_publishesTenantDeleted_andLeavesNothingUnderTheTenant() throws Exception {
    String user =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"ann@acme.test\"}";
    assertEquals(201, feed.scim("POST", "/Users", user).status());
    DynamoTenantErasure erasure =
        new DynamoTenantErasure(
            acme.dynamo,
            Clock.systemUTC(),
            Duration.ZERO,
            new DynamoTenantDeletedEvent(acme.dynamo, Clock.systemUTC()));

    erasure.begin("acme");
    for (int run = 0; run < 20 && erasure.progress("acme").isPresent(); run++) {
      erasure.resume("acme", Duration.ofSeconds(10));
    }

    List<Map<String, AttributeValue>> items =
        acme.dynamo.client().scan(r -> r.tableName(acme.dynamo.table())).items();
    assertFalse(
        items.stream().anyMatch(i -> i.get("pk").s().startsWith("T#acme#")), items.toString());
    List<JsonNode> published =
        items.stream()
            .filter(i -> i.get("pk").s().equals("SYS#EVENTS"))
            .map(i -> parse(i.get("event").s()))
            .toList();
    assertEquals(1, published.size(), items.toString());
    JsonNode event = published.get(0);
    assertEquals(EventType.TENANT_DELETED.wire(), event.path("type").asText());
    assertEquals("acme", event.path("tenantId").asText());
    assertTrue(EventIds.wellFormed(event.path("id").asText()), event.toString());
    assertEquals(1, event.path("data").path("erased").path("users").asInt(), event.toString());
    assertTrue(event.path("data").path("erased").path("events").asInt() >= 1, event.toString());
  }

  private static JsonNode parse(String json) {
    try {
      return Json.parse(json);
    } catch (Exception e) {
      throw new AssertionError(json, e);
    }
  }
}
