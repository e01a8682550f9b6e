package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Users.group;
import static io.scimgate.store.dynamo.Users.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.store.ListQuery;
import io.scimgate.store.MissingMemberException;
import io.scimgate.store.UserStore.Counts;
import io.scimgate.testing.LocalDynamo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tenant B, in the same table, addressing tenant A's items by their ids. */
class TenantIsolationIT {
  private final Dynamo dynamo = LocalDynamo.freshTable();
  private final DynamoUserStore users = new DynamoUserStore(dynamo);
  private final DynamoGroupStore groups = new DynamoGroupStore(dynamo);

  @Test
  void theSameUserNameAndGroupName_existInTwoTenants() {
    users.create("a", "ua", user("bjensen", "ext"));
    users.create("b", "ub", user("BJENSEN", "ext"));
    groups.create("a", "ga", group("Admins"), List.of("ua"));
    groups.create("b", "gb", group("admins"), List.of("ub"));

    assertEquals("ua", users.findByUserName("a", "bjensen").orElseThrow().id());
    assertEquals("ub", users.findByUserName("b", "bjensen").orElseThrow().id());
    assertEquals("gb", groups.findByDisplayName("b", "Admins").orElseThrow().id());
    assertEquals(new Counts(1, 1), users.counts("b"));
  }

  @Test
  void anotherTenant_cannotReadUpdateOrDeleteByIds() {
    users.create("a", "ua", user("bjensen"));
    groups.create("a", "ga", group("Admins"), List.of("ua"));

    assertTrue(users.get("b", "ua").isEmpty());
    assertTrue(users.replace("b", "ua", 1, user("mallory")).isEmpty());
    assertFalse(users.delete("b", "ua"));
    assertTrue(users.getAll("b", List.of("ua")).isEmpty());
    assertTrue(users.findByWorkEmail("b", "bjensen@example.com").isEmpty());
    assertEquals(0, users.list("b", new ListQuery(d -> true, 1, 10, "all")).totalResults());

    assertTrue(groups.get("b", "ga").isEmpty());
    assertTrue(groups.update("b", "ga", null, group("Pwned"), List.of(), List.of("ua")).isEmpty());
    assertTrue(groups.update("b", "ga", null, null, List.of(), List.of("ua")).isEmpty());
    assertFalse(groups.delete("b", "ga"));
    assertFalse(groups.isMember("b", "ga", "ua"));
    assertTrue(groups.members("b", "ga", null, 10).members().isEmpty());
    assertTrue(groups.groupsOf("b", "ua").isEmpty());
    groups.create("b", "gb", group("Mine"), List.of());
    assertThrows(
        MissingMemberException.class,
        () -> groups.update("b", "gb", null, null, List.of("ua"), List.of()));

    assertEquals(1, users.get("a", "ua").orElseThrow().version());
    assertEquals(1, groups.get("a", "ga").orElseThrow().version());
    assertTrue(groups.isMember("a", "ga", "ua"));
  }
}
