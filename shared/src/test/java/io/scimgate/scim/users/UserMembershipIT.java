package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.store.GroupStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.testing.TestTenant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code User.groups} from DynamoDB memberships, and DELETE leaving no membership behind. */
class UserMembershipIT {
  private final TestTenant acme = TestTenant.create("acme");
  private final GroupStore groups = new DynamoGroupStore(acme.dynamo);
  private final UsersClient users = UsersClient.over(acme);

  @Test
  void get_listsTheUsersGroups_delete_removesTheMemberships() {
    String id = users.create("member@example.com");
    groups.create("acme", "g1", Json.object().put("displayName", "Engineering"), List.of(id));

    JsonNode group = users.get(id).body().path("groups").path(0);
    assertEquals("g1", group.path("value").asText());
    assertEquals("Engineering", group.path("display").asText());
    assertEquals("direct", group.path("type").asText());

    assertEquals(204, users.delete(id).status());
    assertFalse(groups.isMember("acme", "g1", id));
    assertEquals(List.of(), groups.groupsOf("acme", id));
    assertEquals(404, users.get(id).status());
  }
}
