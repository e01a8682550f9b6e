package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code User.groups} (RFC 7643 §4.1.2): readOnly, from the reverse side of memberships. */
class UserGroupsTest {
  private final InMemoryGroupStore groups = new InMemoryGroupStore();
  private final UsersClient users =
      UsersClient.inMemory(new UsersResource(new InMemoryUserStore(), groups));

  @Test
  void get_memberUser_listsDirectGroupsWithRefAndDisplay() {
    String id = users.create("member");
    groups.add("g1", Json.object().put("displayName", "Engineering"), id);

    JsonNode group = users.get(id).body().path("groups").path(0);

    assertEquals("g1", group.path("value").asText());
    assertEquals(UsersClient.BASE + "/Groups/g1", group.path("$ref").asText());
    assertEquals("Engineering", group.path("display").asText());
    assertEquals("direct", group.path("type").asText());
  }

  @Test
  void groups_areNotReadWhenTheResponseWillNotCarryThem() {
    String id = users.create("member");
    groups.add("g1", Json.object().put("displayName", "Engineering"), id);
    groups.groupsOfCalls = 0;

    users.get(id, Map.of("excludedAttributes", "groups"));
    users.get(id, Map.of("attributes", "userName"));
    users.list(Map.of("attributes", "userName,emails"));

    assertEquals(0, groups.groupsOfCalls);
  }

  @Test
  void list_readsGroupDisplaysOnceForThePage_andFiltersOnGroups() {
    String a = users.create("a");
    String b = users.create("b");
    groups.add("g1", Json.object().put("displayName", "One"), a, b);

    JsonNode list = users.filter("groups.value eq \"g1\" and userName eq \"b\"").body();

    assertEquals(1, list.path("totalResults").asInt());
    assertEquals("One", list.path("Resources").path(0).path("groups").path(0).path("display").asText());
  }

  @Test
  void groupsInPutBody_areIgnored() {
    String id = users.create("member");

    var reply = users.put(id, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"member\","
        + "\"groups\":[{\"value\":\"g9\"}]}");

    assertEquals(200, reply.status());
    assertFalse(reply.body().has("groups"));
  }
}
