package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** POST /admin/tenants/{t}/disconnect: the IdP is cut off, the directory stays. */
class DisconnectIT {
  private final AdminFixture f = new AdminFixture();

  @Test
  void disconnect_revokesEveryToken_afterTheCacheTtl_andKeepsDataAndGrants() {
    String first = f.tenant("globex");
    String second =
        f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":90}").text("token");
    String ada = f.user("globex", "ada@globex.test");
    String sales = f.group("globex", "Sales", ada);
    f.grant("globex", sales, "[{\"community\":\"sales\",\"role\":\"admin\"}]");
    assertEquals(200, f.scimStatus("globex", first)); // now cached for one TTL
    assertTrue(summary().path("connected").asBoolean(false));

    JsonNode revoked = expect(200, f.call("POST", "/admin/tenants/globex/disconnect")).json();

    assertEquals(2, revoked.path("revoked").asInt());
    assertEquals(401, f.scimStatus("globex", second), "never verified: refused at once");
    assertEquals(200, f.scimStatus("globex", first), "verified before: trusted for the TTL");
    f.clock.advance(AdminFixture.TOKEN_TTL);
    assertEquals(401, f.scimStatus("globex", first));
    JsonNode summary = summary();
    assertFalse(summary.path("connected").asBoolean(true));
    assertEquals(0, summary.path("tokens").asInt(-1));
    assertEquals(1, summary.path("users").path("total").asInt());
    assertEquals(1, summary.path("groups").path("withGrants").asInt());
    assertEquals(
        "admin",
        f.access("globex", ada).json().path("pendingGrants").path(0).path("role").asText());
    assertEquals(0, f.call("GET", "/admin/tenants/globex/tokens").json().path("tokens").size());
  }

  @Test
  void reconnect_isIssuingANewToken() {
    f.tenant("globex");
    f.user("globex", "ada@globex.test");
    expect(200, f.call("POST", "/admin/tenants/globex/disconnect"));

    String fresh = expect(201, f.call("POST", "/admin/tenants/globex/tokens")).text("token");

    assertEquals(200, f.scimStatus("globex", fresh));
    assertTrue(summary().path("connected").asBoolean(false));
    assertEquals(
        1, f.scim("globex", fresh, "GET", "/Users", null).json().path("totalResults").asInt());
  }

  @Test
  void disconnect_twice_revokesNothingTheSecondTime_unknownTenantIs404() {
    f.tenant("globex");
    assertEquals(
        1, f.call("POST", "/admin/tenants/globex/disconnect").json().path("revoked").asInt());
    assertEquals(
        0, f.call("POST", "/admin/tenants/globex/disconnect").json().path("revoked").asInt());
    expect(404, f.call("POST", "/admin/tenants/nobody/disconnect"));
    expect(405, f.call("GET", "/admin/tenants/globex/disconnect"));
  }

  @Test
  void connected_isFalseWhenEveryTokenHasExpired() {
    f.tenant("globex");
    expect(200, f.call("POST", "/admin/tenants/globex/disconnect"));
    f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":1}");
    assertTrue(summary().path("connected").asBoolean(false));

    f.clock.advance(Duration.ofDays(1));

    assertFalse(summary().path("connected").asBoolean(true));
  }

  private JsonNode summary() {
    return expect(200, f.call("GET", "/admin/tenants/globex/summary")).json();
  }
}
