package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.admin.AdminFixture.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** POST …/tokens {"expiresInDays"}: tokens that stop working on their own (hand-moved clock). */
class TokenExpiryIT {
  private final AdminFixture f = new AdminFixture();

  @Test
  void expiringToken_worksUntilItsExpiry_thenIs401_evenWhenCached() {
    f.tenant("globex");
    Reply issued =
        expect(201, f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":1}"));
    Instant expiresAt = Instant.parse(issued.text("expiresAt"));
    assertEquals(f.clock.instant().plus(Duration.ofDays(1)), expiresAt);
    String token = issued.text("token");

    f.clock.advance(Duration.ofDays(1).minusSeconds(10));
    assertEquals(200, f.scimStatus("globex", token)); // verified, cached for up to one TTL
    f.clock.advance(Duration.ofSeconds(10));

    Reply refused = f.scim("globex", token, "GET", "/Users", null);
    assertEquals(401, refused.status());
    assertTrue(
        refused.json().path("detail").asText().contains("expired"), refused.json().toString());
  }

  @Test
  void tokensList_showsExpiry_andTheSummaryWarnsTwoWeeksAhead() {
    String first =
        expect(201, f.call("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}")).text("tokenId");
    String soon =
        f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":10}").text("tokenId");
    f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":60}");

    JsonNode tokens =
        expect(200, f.call("GET", "/admin/tenants/globex/tokens")).json().path("tokens");
    assertEquals(3, tokens.size());
    assertTrue(
        find(tokens, first).path("expiresAt").isNull(), "the tenant's first token never expires");
    assertEquals("2025-03-11T09:00:00Z", find(tokens, soon).path("expiresAt").asText());
    assertFalse(find(tokens, soon).path("expired").asBoolean(true));

    JsonNode summary = expect(200, f.call("GET", "/admin/tenants/globex/summary")).json();
    assertEquals(1, summary.path("tokensExpiringSoon").size());
    assertEquals(soon, summary.path("tokensExpiringSoon").path(0).path("tokenId").asText());
    assertEquals(3, summary.path("tokens").asInt());

    f.clock.advance(Duration.ofDays(50));
    summary = expect(200, f.call("GET", "/admin/tenants/globex/summary")).json();
    assertEquals(2, summary.path("tokens").asInt(), "the expired token no longer counts");
    assertEquals(1, summary.path("tokensExpiringSoon").size(), "the 60-day token is now due");
    assertTrue(
        find(f.call("GET", "/admin/tenants/globex/tokens").json().path("tokens"), soon)
            .path("expired")
            .asBoolean(false));
  }

  @Test
  void noBody_orNull_meansNoExpiry() {
    f.tenant("globex");
    assertTrue(
        expect(201, f.call("POST", "/admin/tenants/globex/tokens"))
            .json()
            .path("expiresAt")
            .isNull());
    assertTrue(
        expect(201, f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":null}"))
            .json()
            .path("expiresAt")
            .isNull());
  }

  @Test
  void badExpiry_is400NamingTheField_andIssuesNothing() {
    f.tenant("globex");
    for (String body :
        new String[] {
          "{\"expiresInDays\":0}",
          "{\"expiresInDays\":731}",
          "{\"expiresInDays\":-5}",
          "{\"expiresInDays\":1.5}",
          "{\"expiresInDays\":\"30\"}",
          "{\"expiresInDays\":1e9}",
          "[1]",
          "{"
        }) {
      Reply reply = f.call("POST", "/admin/tenants/globex/tokens", body);
      assertEquals(400, reply.status(), body);
      assertTrue(
          reply.text("message").contains("expiresInDays") || reply.text("message").contains("JSON"),
          body);
    }
    assertEquals(1, f.call("GET", "/admin/tenants/globex/tokens").json().path("tokens").size());
    expect(201, f.call("POST", "/admin/tenants/globex/tokens", "{\"expiresInDays\":730}"));
    expect(404, f.call("POST", "/admin/tenants/nobody/tokens", "{\"expiresInDays\":30}"));
  }

  private static JsonNode find(JsonNode tokens, String tokenId) {
    for (JsonNode t : tokens) {
      if (t.path("tokenId").asText().equals(tokenId)) {
        return t;
      }
    }
    throw new AssertionError("no token " + tokenId + " in " + tokens);
  }
}
