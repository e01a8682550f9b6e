package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.store.dynamo.DynamoTenantStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reconciliation reads and the invite setting, over DynamoDB Local, bad input included. */
class ReadApiIT {
  private static final String PATCH_OP =
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":";

  @Test
  void tenants_pageThroughTheRegistry() {
    FeedFixture f = new FeedFixture("acme");
    DynamoTenantStore store = new DynamoTenantStore(f.tenant.dynamo);
    store.create("beta", Instant.parse("2025-01-01T00:00:00Z"));
    store.create("gamma", Instant.parse("2025-01-02T00:00:00Z"));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          ok(
              f.admin(
                  "GET",
                  "/admin/tenants?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                  null));
      page.get("tenants").forEach(t -> seen.add(t.get("tenantId").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);

    assertEquals(List.of("acme", "beta", "gamma"), seen);
    JsonNode first = ok(f.admin("GET", "/admin/tenants?limit=1", null)).get("tenants").get(0);
    assertEquals(false, first.get("syncEnabled").asBoolean());
    Instant.parse(first.get("createdAt").asText());
  }

  @Test
  void usersGroupsMembers_reflectTheDirectory_withCountsAndGrants() {
    FeedFixture f = new FeedFixture("acme");
    String ada = f.ok("POST", "/Users", user("ada"));
    String bob = f.ok("POST", "/Users", user("bob"));
    String cy = f.ok("POST", "/Users", user("cy"));
    f.ok(
        "PATCH",
        "/Users/" + bob,
        PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    String group =
        f.ok(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Sales\",\"externalId\":\"x-sales\",\"members\":[{\"value\":\""
                + ada
                + "\"},{\"value\":\""
                + bob
                + "\"},{\"value\":\""
                + cy
                + "\"}]}");
    assertEquals(
        200,
        f.admin(
                "PUT",
                "/admin/tenants/acme/groups/" + group + "/grants",
                "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}")
            .status());

    JsonNode inactive = ok(f.admin("GET", "/admin/tenants/acme/users?active=false", null));
    assertEquals(List.of(bob), ids(inactive.get("users"), "id"));
    JsonNode one = ok(f.admin("GET", "/admin/tenants/acme/users/" + ada, null));
    assertEquals("ada@acme.test", one.get("userName").asText());
    assertEquals("User", one.at("/meta/resourceType").asText());

    JsonNode groups = ok(f.admin("GET", "/admin/tenants/acme/groups", null)).get("groups");
    assertEquals(1, groups.size());
    assertEquals("x-sales", groups.get(0).get("externalId").asText());
    assertEquals(3, groups.get(0).get("memberCount").asLong());
    assertEquals("admin", groups.get(0).at("/grants/0/role").asText());

    f.ok(
        "PATCH",
        "/Groups/" + group,
        PATCH_OP + "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + cy + "\\\"]\"}]}");
    assertEquals(204, f.scim("DELETE", "/Users/" + bob, null).status());
    JsonNode after = ok(f.admin("GET", "/admin/tenants/acme/groups", null)).get("groups").get(0);
    assertEquals(1, after.get("memberCount").asLong(), "a removal and a deleted member count down");

    JsonNode members =
        ok(f.admin("GET", "/admin/tenants/acme/groups/" + group + "/members?limit=1", null));
    assertEquals(List.of(ada), ids(members.get("members"), "userId"));
    assertEquals("ada@acme.test", members.at("/members/0/userName").asText());
  }

  @Test
  void usersListing_pagesByCursor_andKeepsItsFilter() {
    FeedFixture f = new FeedFixture("acme");
    List<String> created = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d", "e")) {
      created.add(f.ok("POST", "/Users", user(name)));
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          ok(
              f.admin(
                  "GET",
                  "/admin/tenants/acme/users?active=true&limit=2"
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  null));
      seen.addAll(ids(page.get("users"), "id"));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    assertEquals(created.stream().sorted().toList(), seen);
  }

  @Test
  void inviteOnCreate_marksUserCreated_andShowsOnTheTenant() {
    FeedFixture f = new FeedFixture("acme");
    JsonNode put = ok(f.admin("PUT", "/admin/tenants/acme/invite-on-create", "{\"enabled\":true}"));
    assertTrue(put.get("inviteOnCreate").asBoolean());
    assertTrue(ok(f.admin("GET", "/admin/tenants/acme", null)).get("inviteOnCreate").asBoolean());

    f.ok("POST", "/Users", user("ada"));
    ok(f.admin("PUT", "/admin/tenants/acme/invite-on-create", "{\"enabled\":false}"));
    f.ok("POST", "/Users", user("bob"));

    List<JsonNode> events = f.newEvents();
    assertTrue(events.get(0).at("/data/invite").asBoolean());
    assertTrue(events.get(1).at("/data/invite").isMissingNode());
  }

  @Test
  void badInput_isA400Or404_andChangesNothing() {
    FeedFixture f = new FeedFixture("acme");
    FeedFixture other = new FeedFixture(f.tenant.sibling("other"));
    String ada = f.ok("POST", "/Users", user("ada"));
    f.ok("POST", "/Users", user("bob"));
    other.ok("POST", "/Users", user("zed"));
    other.ok("POST", "/Users", user("zoe"));
    String foreignUsers =
        ok(other.admin("GET", "/admin/tenants/other/users?limit=1", null))
            .get("nextCursor")
            .asText();
    String foreignFeed =
        ok(other.admin("GET", "/admin/tenants/other/events", null)).get("nextCursor").asText();
    String groupsCursorOfAcme = listCursorOf("acme", "groups", ada);

    assertEquals(
        400, f.admin("GET", "/admin/tenants/acme/users?cursor=" + foreignUsers, null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants/acme/users?cursor=%%%garbage", null).status());
    assertEquals(
        400,
        f.admin("GET", "/admin/tenants/acme/users?cursor=" + groupsCursorOfAcme, null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants/acme/users?limit=0", null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants/acme/users?limit=201", null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants/acme/users?active=maybe", null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants?limit=x", null).status());
    assertEquals(
        400, f.admin("GET", "/admin/tenants/acme/events?after=" + foreignFeed, null).status());
    assertEquals(
        400, f.admin("GET", "/admin/tenants/acme/events?after=bm90LW91cnM", null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants/acme/events?limit=501", null).status());
    assertEquals(400, f.admin("GET", "/admin/tenants/acme/events?limit=0", null).status());
    assertEquals(404, f.admin("GET", "/admin/tenants/nope/events", null).status());
    assertEquals(404, f.admin("GET", "/admin/tenants/nope/users", null).status());
    assertEquals(404, f.admin("GET", "/admin/tenants/acme/users/nobody", null).status());
    assertEquals(404, f.admin("GET", "/admin/tenants/acme/groups/nogroup/members", null).status());
    assertEquals(
        400,
        f.admin("PUT", "/admin/tenants/acme/invite-on-create", "{\"enabled\":\"yes\"}").status());
    assertEquals(400, f.admin("PUT", "/admin/tenants/acme/invite-on-create", "{not json").status());
    assertEquals(
        404, f.admin("PUT", "/admin/tenants/nope/invite-on-create", "{\"enabled\":true}").status());
    JsonNode error = f.admin("GET", "/admin/tenants/acme/users?limit=0", null).json();
    assertTrue(error.get("message").asText().contains("limit"));
    assertEquals(
        false, ok(f.admin("GET", "/admin/tenants/acme", null)).get("inviteOnCreate").asBoolean());
  }

  private static String listCursorOf(String tenant, String listing, String lastId) {
    return java.util.Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            ("l1|" + tenant + "|" + listing + "|" + lastId)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static JsonNode ok(FeedFixture.Reply reply) {
    if (reply.status() != 200) {
      throw new AssertionError(reply.status() + " " + reply.json());
    }
    return reply.json();
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  private static String user(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + name
        + "@acme.test\",\"active\":true}";
  }
}
