package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Effective access follows SCIM changes and grant changes at once (docs/admin.md, access). */
class AccessIT {
  private final AdminFixture f = new AdminFixture();
  private String ada;
  private String readers;
  private String admins;

  @BeforeEach
  void acmeWithSyncOn() {
    f.tenant("acme");
    f.syncOn("acme");
    ada = f.user("acme", "ada@acme.test");
    readers = f.group("acme", "Sales readers", ada);
    admins = f.group("acme", "Sales admins", ada);
  }

  @Test
  void highestRoleWins_namingTheGroupsItComesFrom() {
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"reader\"}]");
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");

    JsonNode grants = expect(200, f.access("acme", ada)).json().path("grants");

    assertEquals(1, grants.size());
    assertEquals("sales", grants.path(0).path("community").asText());
    assertEquals("admin", grants.path(0).path("role").asText());
    assertEquals("[\"" + admins + "\"]", grants.path(0).path("groups").toString());
  }

  @Test
  void defaultGrants_applyToEveryActiveUser_mergedWithGroupGrants() {
    String bob = f.user("acme", "bob@acme.test");
    expect(
        200,
        f.call(
            "PUT",
            "/admin/tenants/acme/default-grants",
            "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"},{\"community\":\"sales\",\"role\":\"contributor\"}]}"));
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");

    JsonNode adaGrants = f.access("acme", ada).json().path("grants");
    JsonNode bobGrants = f.access("acme", bob).json().path("grants");

    assertEquals("news:reader:default,sales:admin:" + admins, summary(adaGrants));
    assertEquals("news:reader:default,sales:contributor:default", summary(bobGrants));
  }

  @Test
  void syncOff_grantsArePendingOnly() {
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");
    expect(200, f.call("PUT", "/admin/tenants/acme/sync", "{\"enabled\":false}"));

    JsonNode access = f.access("acme", ada).json();

    assertEquals(0, access.path("grants").size());
    assertEquals("sales:admin:" + admins, summary(access.path("pendingGrants")));
    f.syncOn("acme");
    assertEquals("sales:admin:" + admins, summary(f.access("acme", ada).json().path("grants")));
  }

  @Test
  void deactivatedUser_hasNoGrants_reactivated_hasThemBack() {
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");

    f.setActive("acme", ada, false);
    JsonNode off = f.access("acme", ada).json();
    f.setActive("acme", ada, true);
    JsonNode on = f.access("acme", ada).json();

    assertFalse(off.path("active").asBoolean(true));
    assertEquals(0, off.path("grants").size());
    assertEquals(0, off.path("pendingGrants").size());
    assertEquals("sales:admin:" + admins, summary(on.path("grants")));
  }

  @Test
  void leavingOrDeletingTheGroup_removesAccess() {
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"reader\"}]");
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");

    f.groups.update("acme", admins, null, null, List.of(), List.of(ada));
    assertEquals("sales:reader:" + readers, summary(f.access("acme", ada).json().path("grants")));
    f.groups.delete("acme", readers);
    assertEquals(0, f.access("acme", ada).json().path("grants").size());
  }

  @Test
  void grantChanges_takeEffectImmediately() {
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"reader\"}]");
    assertEquals("sales:reader:" + readers, summary(f.access("acme", ada).json().path("grants")));

    f.grant("acme", readers, "[{\"community\":\"support\",\"role\":\"contributor\"}]");
    assertEquals(
        "support:contributor:" + readers, summary(f.access("acme", ada).json().path("grants")));

    assertEquals(
        204, f.call("DELETE", "/admin/tenants/acme/groups/" + readers + "/grants").status());
    assertEquals(0, f.access("acme", ada).json().path("grants").size());
  }

  @Test
  void groupGrants_readBack_and_validation() {
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"reader\"}]");

    JsonNode stored =
        expect(200, f.call("GET", "/admin/tenants/acme/groups/" + readers + "/grants")).json();
    assertEquals(
        "[{\"community\":\"sales\",\"role\":\"reader\"}]", stored.path("grants").toString());

    String path = "/admin/tenants/acme/groups/" + readers + "/grants";
    assertEquals(
        400,
        f.call("PUT", path, "{\"grants\":[{\"community\":\"sales\",\"role\":\"owner\"}]}")
            .status());
    assertEquals(400, f.call("PUT", path, "{\"grants\":[{\"community\":\"sales\"}]}").status());
    assertEquals(
        400,
        f.call("PUT", path, "{\"grants\":[{\"community\":\"a b\",\"role\":\"reader\"}]}").status());
    assertEquals(
        400,
        f.call(
                "PUT",
                path,
                "{\"grants\":[{\"community\":\"x\",\"role\":\"reader\"},{\"community\":\"x\",\"role\":\"admin\"}]}")
            .status());
    assertEquals(400, f.call("PUT", path, "{\"grants\":{}}").status());
    assertEquals(
        404,
        f.call(
                "PUT",
                "/admin/tenants/acme/groups/no-such-group/grants",
                "{\"grants\":[{\"community\":\"sales\",\"role\":\"reader\"}]}")
            .status());
    assertEquals(404, f.call("GET", "/admin/tenants/acme/groups/no-such-group/grants").status());
  }

  @Test
  void customRoles_orderPrecedence_andCannotDropARoleStillGranted() {
    expect(
        200,
        f.call(
            "PUT", "/admin/tenants/acme/roles", "{\"roles\":[\"viewer\",\"editor\",\"owner\"]}"));
    f.grant("acme", readers, "[{\"community\":\"wiki\",\"role\":\"owner\"}]");
    f.grant("acme", admins, "[{\"community\":\"wiki\",\"role\":\"editor\"}]");

    assertEquals("wiki:owner:" + readers, summary(f.access("acme", ada).json().path("grants")));
    assertEquals(
        409,
        f.call("PUT", "/admin/tenants/acme/roles", "{\"roles\":[\"viewer\",\"editor\"]}").status());
    assertEquals(400, f.call("PUT", "/admin/tenants/acme/roles", "{\"roles\":[]}").status());
    assertEquals(
        400, f.call("PUT", "/admin/tenants/acme/roles", "{\"roles\":[\"a\",\"a\"]}").status());
    assertEquals(
        400,
        f.call(
                "PUT",
                "/admin/tenants/acme/default-grants",
                "{\"grants\":[{\"community\":\"wiki\",\"role\":\"admin\"}]}")
            .status(),
        "admin is not a role any more");
  }

  @Test
  void unknownUser_is404() {
    assertEquals(404, f.access("acme", "no-such-user").status());
  }

  @Test
  void isolation_anotherTenantsIdsAre404_andItsGrantsInvisible() {
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");
    f.tenant("globex");
    f.syncOn("globex");

    assertEquals(404, f.access("globex", ada).status());
    assertEquals(404, f.call("GET", "/admin/tenants/globex/groups/" + admins + "/grants").status());
    assertEquals(
        404,
        f.call(
                "PUT",
                "/admin/tenants/globex/groups/" + admins + "/grants",
                "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}")
            .status());
    JsonNode summary = f.call("GET", "/admin/tenants/globex/summary").json();
    assertEquals(0, summary.path("users").path("total").asLong());
    assertEquals(0, summary.path("groups").path("withGrants").asLong());
    assertEquals(
        0,
        f.call("GET", "/admin/tenants/globex/communities/sales/members")
            .json()
            .path("members")
            .size());
  }

  @Test
  void summary_countsUsersGroupsAndGroupsWithGrants() {
    String bob = f.user("acme", "bob@acme.test");
    f.setActive("acme", bob, false);
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"reader\"}]");
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"admin\"}]");

    JsonNode summary = expect(200, f.call("GET", "/admin/tenants/acme/summary")).json();

    assertEquals(2, summary.path("users").path("total").asLong());
    assertEquals(1, summary.path("users").path("active").asLong());
    assertEquals(1, summary.path("users").path("inactive").asLong());
    assertEquals(2, summary.path("groups").path("total").asLong());
    assertEquals(
        1,
        summary.path("groups").path("withGrants").asLong(),
        "replacing grants does not count twice");
    f.call("DELETE", "/admin/tenants/acme/groups/" + readers + "/grants");
    assertEquals(
        0,
        f.call("GET", "/admin/tenants/acme/summary")
            .json()
            .path("groups")
            .path("withGrants")
            .asLong());
  }

  private static String summary(JsonNode grants) {
    StringBuilder out = new StringBuilder();
    for (JsonNode g : grants) {
      if (!out.isEmpty()) {
        out.append(',');
      }
      out.append(g.path("community").asText())
          .append(':')
          .append(g.path("role").asText())
          .append(':');
      List<String> from = new java.util.ArrayList<>();
      if (g.path("default").asBoolean()) {
        from.add("default");
      }
      g.path("groups").forEach(id -> from.add(id.asText()));
      out.append(String.join("+", from));
    }
    return out.toString();
  }
}
