package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User events through POST/PUT/PATCH/DELETE /Users, read back from the feed endpoint. */
class UserEventsIT {
  private static final String ADA =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ada@acme.test\","
          + "\"name\":{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"},\"active\":true,"
          + "\"password\":\"s3cret-Passw0rd\"}";

  @Test
  void postUsers_emitsOneUserCreated_withTheStoredViewWithoutGroupsOrSecrets() {
    FeedFixture f = new FeedFixture("acme");
    String id = f.ok("POST", "/Users", ADA);

    List<JsonNode> events = f.newEvents();

    assertEquals(1, events.size(), events.toString());
    JsonNode event = events.get(0);
    assertEquals("user.created", event.get("type").asText());
    assertEquals("acme", event.get("tenantId").asText());
    assertTrue(EventIds.wellFormed(event.get("id").asText()));
    Instant.parse(event.get("time").asText());
    JsonNode get = f.scim("GET", "/Users/" + id, null).json();
    ObjectNode expected = get.deepCopy();
    expected.remove("groups");
    ((ObjectNode) expected.get("meta")).remove("location");
    assertEquals(expected, event.get("data").get("user"));
    assertFalse(event.toString().contains("s3cret"), "no password in an event");
    assertFalse(event.get("data").has("invite"));
  }

  @Test
  void rejectedRequests_emitNothing() {
    FeedFixture f = new FeedFixture("acme");
    String id = f.ok("POST", "/Users", ADA);
    f.newEvents();

    assertEquals(409, f.scim("POST", "/Users", ADA).status());
    assertEquals(400, f.scim("POST", "/Users", "{\"schemas\":[]}").status());
    assertEquals(404, f.scim("PUT", "/Users/nobody", ADA).status());
    assertEquals(404, f.scim("DELETE", "/Users/nobody", null).status());
    // A PUT that changes nothing has no effect and no event.
    assertEquals(200, f.scim("PUT", "/Users/" + id, ADA).status());

    assertEquals(List.of(), f.newEvents());
  }

  @Test
  void
      updateDeactivateReactivateDelete_eachEmitsItsEvent_withPreviousOfExactlyTheChangedAttributes() {
    FeedFixture f = new FeedFixture("acme");
    String id = f.ok("POST", "/Users", ADA);
    f.ok("PATCH", "/Users/" + id, patch("replace", "name.givenName", "\"Augusta\""));
    f.ok("PATCH", "/Users/" + id, patch("replace", "active", "false"));
    f.ok("PATCH", "/Users/" + id, patch("replace", "active", "true"));
    assertEquals(204, f.scim("DELETE", "/Users/" + id, null).status());

    List<JsonNode> events = f.newEvents();

    assertEquals(
        List.of(
            "user.created", "user.updated", "user.deactivated", "user.reactivated", "user.deleted"),
        events.stream().map(e -> e.get("type").asText()).toList());
    JsonNode updated = events.get(1).get("data");
    assertEquals("Augusta", updated.at("/user/name/givenName").asText());
    assertEquals(List.of("name"), names(updated.get("previous")));
    assertEquals("Ada", updated.at("/previous/name/givenName").asText());
    JsonNode deactivated = events.get(2).get("data");
    assertEquals(List.of("active"), names(deactivated.get("previous")));
    assertTrue(deactivated.at("/previous/active").asBoolean());
    assertFalse(deactivated.at("/user/active").asBoolean());
    assertEquals(id, events.get(4).at("/data/user/id").asText());
    assertEquals(5, events.stream().map(e -> e.get("id").asText()).distinct().count());
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  static String patch(String op, String path, String valueJson) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\""
        + op
        + "\",\"path\":\""
        + path
        + "\",\"value\":"
        + valueJson
        + "}]}";
  }
}
