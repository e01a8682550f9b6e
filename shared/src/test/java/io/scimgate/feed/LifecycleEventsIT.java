package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact event sequences of the two IdP lifecycles (docs/idp-dialects.md), driven through the
 * SCIM front doors and read back from the feed: one event per effect, nothing for no-ops.
 */
class LifecycleEventsIT {
  private static final String PATCH_OP =
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":";

  @Test
  void okta_createUpdatePushGroupMembersDeactivateReactivate() {
    FeedFixture f = new FeedFixture("okta");
    String ada = f.ok("POST", "/Users", oktaUser("ada@okta.test", "Ada"));
    String bob = f.ok("POST", "/Users", oktaUser("bob@okta.test", "Bob"));
    assertEquals(List.of("user.created", "user.created"), f.newTypes());

    // Profile push: full PUT with a new given name; then the same PUT again (no effect).
    f.ok("PUT", "/Users/" + ada, oktaUser("ada@okta.test", "Augusta"));
    f.ok("PUT", "/Users/" + ada, oktaUser("ada@okta.test", "Augusta"));
    List<JsonNode> updates = f.newEvents();
    assertEquals(List.of("user.updated"), types(updates));
    assertEquals("Ada", updates.get(0).at("/data/previous/name/givenName").asText());

    // Group push: POST with no members, then PATCH rename + add both, then remove one.
    String group =
        f.ok(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Engineering\",\"members\":[]}");
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP
            + "[{\"op\":\"replace\",\"value\":{\"id\":\""
            + group
            + "\",\"displayName\":\"Engineers\"}},{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
            + ada
            + "\"},{\"value\":\""
            + bob
            + "\"}]}]}");
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP + "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + bob + "\\\"]\"}]}");
    // Re-adding a present member is no change.
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP
            + "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
            + ada
            + "\"}]}]}");
    List<JsonNode> groupEvents = f.newEvents();
    assertEquals(
        List.of(
            "group.created",
            "group.updated",
            "membership.added",
            "membership.added",
            "membership.removed"),
        types(groupEvents));
    assertEquals("Engineering", groupEvents.get(1).at("/data/previous/displayName").asText());
    assertEquals("Engineers", groupEvents.get(1).at("/data/group/displayName").asText());
    assertEquals(ada, groupEvents.get(2).at("/data/userId").asText());
    assertEquals(group, groupEvents.get(2).at("/data/groupId").asText());
    assertEquals(bob, groupEvents.get(4).at("/data/userId").asText());

    // Deactivate / reactivate: path-less replace of active.
    f.ok(
        "PATCH",
        "/Users/" + ada,
        PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    f.ok(
        "PATCH", "/Users/" + ada, PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":true}}]}");
    assertEquals(List.of("user.deactivated", "user.reactivated"), f.newTypes());

    assertEquals(204, f.scim("DELETE", "/Groups/" + group, null).status());
    assertEquals(List.of("group.deleted"), f.newTypes());
  }

  @Test
  void entra_createUpdateGroupMembersDisableDelete() {
    FeedFixture f = new FeedFixture("entra");
    String ada = f.ok("POST", "/Users", entraUser("ada@entra.test", "e-ada"));
    String group =
        f.ok(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"externalId\":\"e-grp\",\"displayName\":\"Sales\"}");
    f.ok(
        "PATCH",
        "/Users/" + ada,
        PATCH_OP + "[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Ada L.\"}]}");
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP
            + "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\""
            + ada
            + "\"}]}]}");
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP
            + "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
            + ada
            + "\"}]}]}");
    // Removing an absent member: no change.
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP
            + "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
            + ada
            + "\"}]}]}");
    f.ok(
        "PATCH",
        "/Users/" + ada,
        PATCH_OP + "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
    assertEquals(204, f.scim("DELETE", "/Users/" + ada, null).status());

    List<JsonNode> events = f.newEvents();
    assertEquals(
        List.of(
            "user.created",
            "group.created",
            "user.updated",
            "membership.added",
            "membership.removed",
            "user.deactivated",
            "user.deleted"),
        types(events));
    assertEquals("e-grp", events.get(1).at("/data/group/externalId").asText());
    assertEquals("Ada Lovelace", events.get(2).at("/data/previous/displayName").asText());
    assertEquals("e-ada", events.get(6).at("/data/user/externalId").asText());
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.get("type").asText()).toList();
  }

  private static String oktaUser(String userName, String given) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + userName
        + "\","
        + "\"name\":{\"givenName\":\""
        + given
        + "\",\"familyName\":\"Lovelace\"},"
        + "\"emails\":[{\"primary\":true,\"value\":\""
        + userName
        + "\",\"type\":\"work\"}],"
        + "\"displayName\":\""
        + given
        + " Lovelace\",\"locale\":\"en-US\",\"externalId\":\"00u"
        + given
        + "\","
        + "\"groups\":[],\"password\":\"1mW7Ivq5\",\"active\":true}";
  }

  private static String entraUser(String userName, String externalId) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\","
        + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"],\"externalId\":\""
        + externalId
        + "\","
        + "\"userName\":\""
        + userName
        + "\",\"active\":true,\"displayName\":\"Ada Lovelace\","
        + "\"emails\":[{\"primary\":true,\"type\":\"work\",\"value\":\""
        + userName
        + "\"}],"
        + "\"name\":{\"formatted\":\"Ada Lovelace\",\"familyName\":\"Lovelace\",\"givenName\":\"Ada\"}}";
  }
}
