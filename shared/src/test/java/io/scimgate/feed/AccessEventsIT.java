package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code access.changed} after each single-user cause, committed with the change itself: the grants
 * now, the grants before, and the cause; nothing when the effective grants stay the same.
 */
class AccessEventsIT {
  private static final String PATCH_OP =
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":";

  @Test
  void membershipDeactivationReactivationDelete_emitAccessChangedWithPreviousAndCause() {
    FeedFixture f = new FeedFixture("acme");
    String ada = f.ok("POST", "/Users", user("ada"));
    String admins = group(f, "Admins");
    String plain = group(f, "Plain");
    f.admin(
        "PUT",
        "/admin/tenants/acme/groups/" + admins + "/grants",
        "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}");
    f.admin(
        "PUT",
        "/admin/tenants/acme/default-grants",
        "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"}]}");
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}");
    f.newEvents();

    add(f, plain, ada); // a group without grants: membership only
    add(f, admins, ada);
    f.ok(
        "PATCH",
        "/Users/" + ada,
        PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    f.ok(
        "PATCH", "/Users/" + ada, PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":true}}]}");
    f.ok(
        "PATCH",
        "/Groups/" + admins,
        PATCH_OP + "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + ada + "\\\"]\"}]}");
    assertEquals(204, f.scim("DELETE", "/Users/" + ada, null).status());

    List<JsonNode> events = f.newEvents();
    assertEquals(
        List.of(
            "membership.added",
            "membership.added",
            "access.changed",
            "user.deactivated",
            "access.changed",
            "user.reactivated",
            "access.changed",
            "membership.removed",
            "access.changed",
            "user.deleted",
            "access.changed"),
        events.stream().map(e -> e.get("type").asText()).toList());
    String news = "news:reader";
    String both = "news:reader,sales:admin";
    assertAccess(events.get(2), news, both, "membership", admins);
    assertAccess(events.get(4), both, "", "deactivation", null);
    assertAccess(events.get(6), "", both, "reactivation", null);
    assertAccess(events.get(8), both, news, "membership", admins);
    assertAccess(events.get(10), news, "", "user-deleted", null);
    JsonNode sales = events.get(2).at("/data/grants/1");
    assertEquals(admins, sales.at("/groups/0").asText());
    assertEquals(false, sales.get("default").asBoolean());
  }

  @Test
  void newActiveUser_ofASynchronisedTenantWithDefaultGrants_gainsThemWithCauseDefaultGrants() {
    FeedFixture f = new FeedFixture("acme");
    f.admin(
        "PUT",
        "/admin/tenants/acme/default-grants",
        "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"}]}");
    String before = f.ok("POST", "/Users", user("before")); // sync still off: nothing effective
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}");
    f.newEvents();

    String ada = f.ok("POST", "/Users", user("ada"));
    f.ok(
        "POST",
        "/Users",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"idle@acme.test\",\"active\":false}");

    List<JsonNode> events =
        f.newEvents().stream()
            .filter(e ->
                !e.get("type").asText().equals("access.changed")
                    || !e.at("/data/userId").asText().equals(before))
            .toList();
    assertEquals(
        List.of("user.created", "access.changed", "user.created"),
        events.stream().map(e -> e.get("type").asText()).toList());
    assertEquals(ada, events.get(1).at("/data/userId").asText());
    assertAccess(events.get(1), "", "news:reader", "default-grants", null);
  }

  @Test
  void syncOff_orInactiveUser_orSameRole_emitsNoAccessChanged() {
    FeedFixture f = new FeedFixture("acme");
    String ada = f.ok("POST", "/Users", user("ada"));
    String a = group(f, "A");
    String b = group(f, "B");
    f.admin(
        "PUT",
        "/admin/tenants/acme/groups/" + a + "/grants",
        "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}");
    f.admin(
        "PUT",
        "/admin/tenants/acme/groups/" + b + "/grants",
        "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}");
    add(f, a, ada); // sync is off: nothing effective changes
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}");
    f.newEvents();

    add(f, b, ada); // same role from a second group
    f.ok(
        "PATCH",
        "/Users/" + ada,
        PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    f.ok(
        "PATCH",
        "/Groups/" + a,
        PATCH_OP + "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + ada + "\\\"]\"}]}");

    assertEquals(
        List.of("membership.added", "user.deactivated", "access.changed", "membership.removed"),
        f.newTypes());
  }

  private static void assertAccess(
      JsonNode event, String previous, String grants, String cause, String groupId) {
    assertEquals(previous, pairs(event.at("/data/previous")), "previous of " + event);
    assertEquals(grants, pairs(event.at("/data/grants")), "grants of " + event);
    assertEquals(cause, event.at("/data/cause/kind").asText());
    assertEquals(groupId, event.at("/data/cause/groupId").asText(null));
  }

  private static String pairs(JsonNode grants) {
    List<String> out = new java.util.ArrayList<>();
    grants.forEach(g -> out.add(g.get("community").asText() + ":" + g.get("role").asText()));
    return String.join(",", out);
  }

  private static void add(FeedFixture f, String group, String user) {
    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP
            + "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
            + user
            + "\"}]}]}");
  }

  private static String group(FeedFixture f, String name) {
    return f.ok(
        "POST",
        "/Groups",
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\""
            + name
            + "\"}");
  }

  private static String user(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + name
        + "@acme.test\",\"active\":true}";
  }
}
