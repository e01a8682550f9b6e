package io.scimgate.functions.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.app.Components;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.EventFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Groups function driven by the {@code events/groups-*.json} fixtures, as Lambda would call it,
 * in the order an IdP would send them. The fixtures name the example group id {@value
 * #FIXTURE_GROUP}; this test substitutes the id the create returned (edit it the same way for
 * {@code sam local invoke}). Users {@value #BABS} and {@value #KIM} exist beforehand.
 */
class GroupsHandlerIT {
  static final String FIXTURE_GROUP = "e9e30dba-f08f-4109-8486-d5c6a331660a";
  static final String BABS = "2819c223-7f76-453a-919d-413861904646";
  static final String KIM = "902c246b-6245-4190-8e05-00816be7344a";

  private final Components components = EventFixtures.componentsAcceptingFixtureToken();
  private final GroupsHandler handler = new GroupsHandler(components);

  @Test
  void fixtures_inProvisioningOrder_answerAsIdpsExpect() throws Exception {
    DynamoUserStore users = new DynamoUserStore(components.dynamo());
    users.create(EventFixtures.TENANT, BABS, user("babs@example.com"));
    users.create(EventFixtures.TENANT, KIM, user("kim@example.com"));

    JsonNode created = call("groups-create-okta.json", null, 201);
    String id = created.path("id").asText();
    assertNotEquals("", id);
    assertEquals(201, status("groups-create-entra.json", null));

    JsonNode slim = call("groups-get-excluded-members-entra.json", id, 200);
    assertEquals("Okta Pushed", slim.path("displayName").asText());
    assertFalse(slim.has("members"));
    assertEquals(2, call("groups-list-okta.json", id, 200).path("totalResults").asInt());
    assertEquals(
        1, call("groups-filter-displayname-entra.json", id, 200).path("totalResults").asInt());

    assertEquals(2, call("groups-put-okta.json", id, 200).path("members").size());
    assertEquals(
        1, call("groups-filter-membership-entra.json", id, 200).path("totalResults").asInt());
    assertEquals(204, status("groups-patch-okta-push.json", id));
    assertEquals(204, status("groups-patch-entra-add-member.json", id));
    assertEquals(204, status("groups-patch-entra-remove-member.json", id));
    JsonNode members = call("groups-search.json", id, 200);
    assertEquals(1, members.path("totalResults").asInt());

    assertEquals(204, status("groups-delete.json", id));
    assertEquals(404, status("groups-delete.json", id));
  }

  private JsonNode call(String fixture, String groupId, int expectedStatus) throws Exception {
    JsonNode response = invoke(fixture, groupId);
    assertEquals(expectedStatus, response.path("statusCode").asInt(), response.toString());
    assertEquals("application/scim+json", response.path("headers").path("Content-Type").asText());
    return Json.parse(response.path("body").asText());
  }

  private int status(String fixture, String groupId) throws Exception {
    return invoke(fixture, groupId).path("statusCode").asInt();
  }

  private JsonNode invoke(String fixture, String groupId) throws Exception {
    String event = new String(EventFixtures.bytes(fixture), StandardCharsets.UTF_8);
    if (groupId != null) {
      event = event.replace(FIXTURE_GROUP, groupId);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    return EventFixtures.response(out.toByteArray());
  }

  private static ObjectNode user(String userName) {
    ObjectNode user = Json.object();
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    user.put("userName", userName);
    user.put("active", true);
    return user;
  }
}
