package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.testing.InMemoryGroupStore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code User.groups} (RFC 7643 §4.1.2): readOnly, from the reverse side of memberships. */
class UserGroupsTest {
  private final InMemoryGroupStore groups = new InMemoryGroupStore();
  private final UsersClient users =
      UsersClient.inMemory(new UsersResource(new InMemoryUserStore(), groups));

  /** A group of existing users, created through the store's contract as /Groups would. */
  private void group(String id, String displayName, String... userIds) {
    for (String userId : userIds) {
      groups.addUser("acme", userId, null);
    }
    groups.create("acme", id, Json.object().put("displayName", displayName), List.of(userIds));
  }

  @Test
  void get_memberUser_listsDirectGroupsWithRefAndDisplay() {
    String id = users.create("member");
    group("g1", "Engineering", id);

    JsonNode group = users.get(id).body().path("groups").path(0);

    assertEquals("g1", group.path("value").asText());
    assertEquals(UsersClient.BASE + "/Groups/g1", group.path("$ref").asText());
    assertEquals("Engineering", group.path("display").asText());
    assertEquals("direct", group.path("type").asText());
  }

  @Test
  void groups_areNotReadWhenTheResponseWillNotCarryThem() {
    String id = users.create("member");
    group("g1", "Engineering", id);
    groups.resetCounters();

    users.get(id, Map.of("excludedAttributes", "groups"));
    users.get(id, Map.of("attributes", "userName"));
    users.list(Map.of("attributes", "userName,emails"));

    assertEquals(0, groups.groupsOfCalls.get());
  }

  @Test
  void list_readsGroupDisplaysOnceForThePage_andFiltersOnGroups() {
    String a = users.create("a");
    String b = users.create("b");
    group("g1", "One", a, b);

    JsonNode list = users.filter("groups.value eq \"g1\" and userName eq \"b\"").body();

    assertEquals(1, list.path("totalResults").asInt());
    assertEquals(
        "One", list.path("Resources").path(0).path("groups").path(0).path("display").asText());
  }

  @Test
  void groupsInPutBody_areIgnored() {
    String id = users.create("member");

    var reply =
        users.put(
            id,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"member\","
                + "\"groups\":[{\"value\":\"g9\"}]}");

    assertEquals(200, reply.status());
    assertFalse(reply.body().has("groups"));
  }
}
