package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Community member listings (paged) and the purge of long-deactivated users. */
class CommunityAndPurgeIT {
  private final AdminFixture f = new AdminFixture();

  @BeforeEach
  void acme() {
    f.tenant("acme");
    f.syncOn("acme");
  }

  @Test
  void members_mergeGroups_highestRole_pagedWithoutGapsOrRepeats() {
    List<String> everyone = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      everyone.add(f.user("acme", "user" + i + "@acme.test"));
    }
    String readers = f.group("acme", "readers", everyone.subList(0, 5).toArray(String[]::new));
    String admins = f.group("acme", "admins", everyone.get(1), everyone.get(5));
    f.group("acme", "unrelated", everyone.get(6));
    f.grant("acme", readers, "[{\"community\":\"sales\",\"role\":\"reader\"}]");
    f.grant("acme", admins, "[{\"community\":\"sales\",\"role\":\"admin\"}]");
    f.setActive("acme", everyone.get(4), false);

    Map<String, String> roles = walk("/admin/tenants/acme/communities/sales/members", 2);

    Map<String, String> expected = new TreeMap<>();
    for (int i : new int[] {0, 2, 3}) {
      expected.put(everyone.get(i), "reader");
    }
    expected.put(everyone.get(1), "admin");
    expected.put(everyone.get(5), "admin");
    assertEquals(expected, roles);
  }

  @Test
  void members_ofADefaultGrantedCommunity_areAllActiveUsers_withGroupRolesOnTop() {
    List<String> everyone = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      everyone.add(f.user("acme", "user" + i + "@acme.test"));
    }
    String editors = f.group("acme", "editors", everyone.get(2));
    expect(
        200,
        f.call(
            "PUT",
            "/admin/tenants/acme/default-grants",
            "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"}]}"));
    f.grant("acme", editors, "[{\"community\":\"news\",\"role\":\"contributor\"}]");
    f.setActive("acme", everyone.get(0), false);

    Map<String, String> roles = walk("/admin/tenants/acme/communities/news/members", 2);

    assertEquals(4, roles.size());
    assertEquals("contributor", roles.get(everyone.get(2)));
    assertEquals("reader", roles.get(everyone.get(1)));
    assertTrue(!roles.containsKey(everyone.get(0)), "inactive users have no access");
  }

  @Test
  void members_whileSyncIsOff_arePending() {
    String ada = f.user("acme", "ada@acme.test");
    String g = f.group("acme", "g", ada);
    f.grant("acme", g, "[{\"community\":\"sales\",\"role\":\"reader\"}]");
    expect(200, f.call("PUT", "/admin/tenants/acme/sync", "{\"enabled\":false}"));

    JsonNode page =
        expect(200, f.call("GET", "/admin/tenants/acme/communities/sales/members")).json();

    assertEquals(0, page.path("members").size());
    assertEquals(ada, page.path("pendingMembers").path(0).path("userId").asText());
    assertEquals("ada@acme.test", page.path("pendingMembers").path(0).path("userName").asText());
  }

  @Test
  void members_badLimitOrCursor_is400() {
    assertEquals(
        400, f.call("GET", "/admin/tenants/acme/communities/sales/members?limit=0").status());
    assertEquals(
        400, f.call("GET", "/admin/tenants/acme/communities/sales/members?limit=x").status());
    assertEquals(
        400, f.call("GET", "/admin/tenants/acme/communities/sales/members?cursor=%%%").status());
    assertEquals(
        400,
        f.call("GET", "/admin/tenants/acme/communities/sales/members?cursor=dTo1").status(),
        "a cursor of the other kind");
  }

  @Test
  void purge_deletesOnlyUsersDeactivatedLongEnough_withTheirMemberships() {
    String longGone = f.user("acme", "gone@acme.test");
    String recent = f.user("acme", "recent@acme.test");
    String active = f.user("acme", "active@acme.test");
    String g = f.group("acme", "g", longGone, recent, active);
    f.setActive("acme", longGone, false);
    f.clock.advance(Duration.ofDays(31));
    f.setActive("acme", recent, false);
    f.clock.advance(Duration.ofDays(1));

    JsonNode result =
        expect(200, f.call("POST", "/admin/tenants/acme/users/purge", "{\"inactiveForDays\":30}"))
            .json();

    assertEquals(1, result.path("deleted").asInt());
    assertEquals(404, f.access("acme", longGone).status());
    assertEquals(200, f.access("acme", recent).status());
    assertEquals(200, f.access("acme", active).status());
    assertTrue(f.users.get("acme", longGone).isEmpty());
    assertEquals(2, f.groups.members("acme", g, null, 10).members().size());
    assertEquals(
        2,
        f.call("GET", "/admin/tenants/acme/summary").json().path("users").path("total").asLong());
  }

  @Test
  void purge_validatesDays() {
    for (String body :
        new String[] {
          "{}",
          "{\"inactiveForDays\":-1}",
          "{\"inactiveForDays\":\"30\"}",
          "{\"inactiveForDays\":1.5}"
        }) {
      assertEquals(400, f.call("POST", "/admin/tenants/acme/users/purge", body).status(), body);
    }
  }

  /** Follows nextCursor to the end; fails on a repeated user. */
  private Map<String, String> walk(String path, int limit) {
    Map<String, String> roles = new TreeMap<>();
    String cursor = null;
    for (int pages = 0; pages < 50; pages++) {
      String url = path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
      JsonNode page = expect(200, f.call("GET", url)).json();
      assertTrue(page.path("members").size() <= limit);
      for (JsonNode m : page.path("members")) {
        String previous = roles.put(m.path("userId").asText(), m.path("role").asText());
        assertEquals(null, previous, "user listed twice: " + m);
      }
      if (page.path("nextCursor").isNull()) {
        return roles;
      }
      cursor = page.path("nextCursor").asText();
    }
    throw new AssertionError("paging did not end");
  }
}
