package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.AccessFanOut;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes that touch many users fan out asynchronously: the admin request only writes a job, the
 * sweep commits one {@code access.changed} per affected user, in chunks, exactly once.
 */
class AccessFanOutIT {
  private static final int MEMBERS = 95; // more than two chunks

  @Test
  void groupGrants_defaultGrants_roles_sync_eachFanOutOncePerAffectedUser() {
    FeedFixture f = new FeedFixture("acme");
    DynamoUserStore users = new DynamoUserStore(f.tenant.dynamo);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      ids.add(users.create("acme", String.format("u%03d", i), user("u" + i, true)).id());
    }
    String inactive = users.create("acme", "z-inactive", user("zed", false)).id();
    ids.add(inactive);
    new DynamoGroupStore(f.tenant.dynamo)
        .create("acme", "g-sales", Json.object().put("displayName", "Sales"), ids);
    AccessFanOut fanOut = new AccessFanOut(f.tenant.dynamo, Clock.systemUTC());
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}");
    assertEquals(0, fanOut.sweep(60_000));
    f.newEvents();

    assertEquals(
        200,
        f.admin(
                "PUT",
                "/admin/tenants/acme/groups/g-sales/grants",
                "{\"grants\":[{\"community\":\"sales\",\"role\":\"contributor\"}]}")
            .status());
    assertEquals(List.of(), f.newEvents(), "the request itself only writes the job");
    assertEquals(0, fanOut.sweep(60_000));
    assertEquals(0, fanOut.sweep(60_000), "a second sweep finds nothing left");
    List<JsonNode> grants = f.newEvents();
    assertEquals(MEMBERS, grants.size(), "one per active member, none for the inactive one");
    assertTrue(
        grants.stream()
            .allMatch(e ->
                e.at("/data/cause/kind").asText().equals("grants")
                    && e.at("/data/cause/groupId").asText().equals("g-sales")
                    && e.at("/data/previous").isEmpty()
                    && e.at("/data/grants/0/role").asText().equals("contributor")));
    assertEquals(
        MEMBERS, grants.stream().map(e -> e.at("/data/userId").asText()).distinct().count());

    f.admin(
        "PUT",
        "/admin/tenants/acme/default-grants",
        "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"},{\"community\":\"sales\",\"role\":\"reader\"}]}");
    // Reordered so that reader outranks contributor: every member's sales role changes.
    f.admin(
        "PUT", "/admin/tenants/acme/roles", "{\"roles\":[\"contributor\",\"reader\",\"admin\"]}");
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":false}");
    assertEquals(0, fanOut.sweep(120_000));

    List<JsonNode> rest = f.newEvents();
    assertEquals(MEMBERS * 3, rest.size());
    JsonNode defaults = rest.get(0);
    assertEquals("default-grants", defaults.at("/data/cause/kind").asText());
    assertEquals("sales:contributor", pairs(defaults.at("/data/previous")));
    assertEquals("news:reader,sales:contributor", pairs(defaults.at("/data/grants")));
    JsonNode roles = rest.get(MEMBERS);
    assertEquals("roles", roles.at("/data/cause/kind").asText());
    assertEquals("news:reader,sales:contributor", pairs(roles.at("/data/previous")));
    assertEquals("news:reader,sales:reader", pairs(roles.at("/data/grants")));
    JsonNode syncOff = rest.get(MEMBERS * 2);
    assertEquals("sync", syncOff.at("/data/cause/kind").asText());
    assertEquals("news:reader,sales:reader", pairs(syncOff.at("/data/previous")));
    assertEquals("", pairs(syncOff.at("/data/grants")));
  }

  @Test
  void groupDeleted_fansOutToItsMembers_andRemovesTheMembershipsAsItGoes() {
    FeedFixture f = new FeedFixture("acme");
    DynamoUserStore users = new DynamoUserStore(f.tenant.dynamo);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      ids.add(users.create("acme", String.format("m%03d", i), user("m" + i, true)).id());
    }
    DynamoGroupStore groups = new DynamoGroupStore(f.tenant.dynamo);
    groups.create("acme", "g-admins", Json.object().put("displayName", "Admins"), ids);
    f.admin("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}");
    f.admin(
        "PUT",
        "/admin/tenants/acme/groups/g-admins/grants",
        "{\"grants\":[{\"community\":\"ops\",\"role\":\"admin\"}]}");
    AccessFanOut fanOut = new AccessFanOut(f.tenant.dynamo, Clock.systemUTC());
    assertEquals(0, fanOut.sweep(60_000));
    f.newEvents();

    assertEquals(204, f.scim("DELETE", "/Groups/g-admins", null).status());
    assertEquals(List.of("group.deleted"), f.newTypes());
    assertEquals(0, fanOut.sweep(60_000));

    List<JsonNode> events = f.newEvents();
    assertEquals(45, events.size());
    assertTrue(
        events.stream()
            .allMatch(e ->
                e.at("/data/cause/kind").asText().equals("group-deleted")
                    && e.at("/data/cause/groupId").asText().equals("g-admins")
                    && pairs(e.at("/data/previous")).equals("ops:admin")
                    && e.at("/data/grants").isEmpty()));
    assertEquals(
        0, groups.members("acme", "g-admins", null, 1000).members().size(), "memberships removed");
  }

  private static String pairs(JsonNode grants) {
    List<String> out = new ArrayList<>();
    grants.forEach(g -> out.add(g.get("community").asText() + ":" + g.get("role").asText()));
    return String.join(",", out);
  }

  private static ObjectNode user(String name, boolean active) {
    ObjectNode user = Json.object().put("userName", name + "@acme.test").put("active", active);
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    return user;
  }
}
