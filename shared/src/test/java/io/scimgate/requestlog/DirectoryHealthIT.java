package io.scimgate.requestlog;

import static io.scimgate.requestlog.RequestLogFixture.ENTRA;
import static io.scimgate.requestlog.RequestLogFixture.OKTA;
import static io.scimgate.requestlog.RequestLogFixture.json;
import static io.scimgate.requestlog.RequestLogFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issue #10 item 5: directory health in the summary after Okta- and Entra-shaped traffic. */
class DirectoryHealthIT {

  @Test
  void oktaTraffic_showsInTheSummary_andStaleFollowsTheTenantSetting() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("acme");
    JsonNode before = json(f.admin("GET", "/admin/tenants/acme/summary", null));
    assertTrue(before.get("lastRequestAt").isNull());
    assertEquals("other", before.path("idp").asText());
    assertFalse(before.path("stale").asBoolean());
    assertEquals(48, before.path("staleAfterHours").asInt());

    // Okta's Test Connector, an existence check, a create, a duplicate.
    f.scim("acme", token, OKTA, "GET", "/Users", null);
    f.scim("acme", token, OKTA, "POST", "/Users", user("ada@acme.test", "pw-1"));
    Instant errorAt = f.clock.instant();
    f.scim("acme", token, OKTA, "POST", "/Users", user("ada@acme.test", "pw-1"));
    f.clock.advance(Duration.ofMinutes(5));
    Instant lastAt = f.clock.instant();
    f.scim("acme", token, OKTA, "GET", "/Users", null);

    JsonNode summary = json(f.admin("GET", "/admin/tenants/acme/summary", null));
    assertEquals(1, summary.path("users").path("total").asInt(), "old fields unchanged");
    assertEquals("okta", summary.path("idp").asText());
    assertEquals(lastAt.toString(), summary.path("lastRequestAt").asText());
    assertEquals(errorAt.toString(), summary.path("lastErrorAt").asText());
    assertEquals(3, summary.path("requests24h").path("2xx").asInt(), summary.toString());
    assertEquals(1, summary.path("requests24h").path("4xx").asInt());
    assertEquals(1, summary.path("errors24h").path("4xx").asInt());
    assertEquals(0, summary.path("errors24h").path("5xx").asInt());
    assertFalse(summary.path("stale").asBoolean());

    JsonNode tokens = json(f.admin("GET", "/admin/tenants/acme/tokens", null)).path("tokens");
    assertEquals(lastAt.toString(), tokens.get(0).path("lastUsedAt").asText());

    f.clock.advance(Duration.ofHours(49));
    JsonNode later = json(f.admin("GET", "/admin/tenants/acme/summary", null));
    assertTrue(later.path("stale").asBoolean());
    assertEquals(0, later.path("requests24h").path("2xx").asInt(), "the counters cover 24 hours");
    assertEquals(200, f.admin("PUT", "/admin/tenants/acme/stale-after", "{\"hours\":72}").status());
    assertFalse(
        json(f.admin("GET", "/admin/tenants/acme/summary", null)).path("stale").asBoolean());
  }

  @Test
  void entraTraffic_isDetectedAsEntra_evenWhenOnlyTheQueryFlagSaysSo() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("globex");
    f.scim("globex", token, ENTRA, "GET", "/Users", null);
    JsonNode summary = json(f.admin("GET", "/admin/tenants/globex/summary", null));
    assertEquals("entra", summary.path("idp").asText());
    assertEquals(1, summary.path("requests24h").path("2xx").asInt());
    assertFalse(summary.path("lastRequestAt").isNull());
    assertTrue(summary.get("lastErrorAt").isNull());
    assertEquals(
        "entra",
        io.scimgate.observe.Idp.detect(
            java.util.Map.of(), java.util.Map.of("aadOptscim062020", "")));
    assertEquals(
        "other",
        io.scimgate.observe.Idp.detect(
            java.util.Map.of("user-agent", "curl/8"), java.util.Map.of()));
  }
}
