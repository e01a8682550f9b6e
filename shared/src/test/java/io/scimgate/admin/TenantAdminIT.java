package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.admin.AdminFixture.Reply;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantAdminIT {
  private final AdminFixture f = new AdminFixture();

  @Test
  void createTenant_returnsUrlAndATokenThatWorksForScim() {
    Reply reply = expect(201, f.call("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}"));

    assertEquals("globex", reply.text("tenantId"));
    assertEquals("https://api.example.test/tenants/globex/scim/v2", reply.text("scimBaseUrl"));
    assertTrue(Tokens.wellFormed(reply.text("token")));
    assertFalse(reply.text("tokenId").isEmpty());
    assertEquals("application/json", reply.raw().headers().get("Content-Type"));
    assertEquals(200, f.scimStatus("globex", reply.text("token")));
  }

  @Test
  void createTenant_bodyNotUtf8OrLoneSurrogate_is400_andCreatesNothing() {
    HttpRequest request =
        AdminFixture.request(
            "POST",
            "/admin/tenants",
            null,
            Map.of("authorization", "Bearer " + AdminFixture.ADMIN_TOKEN));
    HttpRequest notUtf8 =
        new HttpRequest(
            request.method(),
            request.path(),
            request.pathParameters(),
            request.query(),
            request.headers(),
            null,
            request.requestId(),
            true);

    expect(400, AdminFixture.send(f.admin, notUtf8));
    expect(400, f.call("POST", "/admin/tenants", "{\"tenantId\":\"globex\",\"x\":\"\\ud800\"}"));
    expect(404, f.call("GET", "/admin/tenants/globex"));
  }

  @Test
  void createTenant_twice_is409() {
    f.tenant("globex");

    Reply again = expect(409, f.call("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}"));

    assertTrue(again.text("message").contains("globex"));
  }

  @Test
  void createTenant_badIds_are400() {
    for (String body :
        new String[] {
          "{\"tenantId\":\"ab\"}",
          "{\"tenantId\":\"Globex\"}",
          "{\"tenantId\":\"glo_bex\"}",
          "{\"tenantId\":\"" + "a".repeat(64) + "\"}",
          "{\"tenantId\":42}",
          "{}",
          "[]",
          "not json",
          ""
        }) {
      Reply reply = f.call("POST", "/admin/tenants", body);
      assertEquals(400, reply.status(), body);
      assertTrue(reply.json().path("message").isTextual(), body);
    }
  }

  @Test
  void getTenant_showsSettings_syncStartsOff() {
    f.tenant("globex");

    JsonNode tenant = expect(200, f.call("GET", "/admin/tenants/globex")).json();

    assertEquals("globex", tenant.path("tenantId").asText());
    assertFalse(tenant.path("syncEnabled").asBoolean(true));
    assertEquals("[\"reader\",\"contributor\",\"admin\"]", tenant.path("roles").toString());
    assertEquals(0, tenant.path("defaultGrants").size());
    assertTrue(tenant.path("attributePolicy").path("storeAll").asBoolean());
  }

  @Test
  void unknownTenant_is404Everywhere() {
    for (String[] call :
        new String[][] {
          {"GET", "/admin/tenants/nobody"}, {"POST", "/admin/tenants/nobody/tokens"},
          {"GET", "/admin/tenants/nobody/tokens"}, {"GET", "/admin/tenants/nobody/summary"},
          {"GET", "/admin/tenants/NOT_VALID/summary"}
        }) {
      assertEquals(404, f.call(call[0], call[1]).status(), call[1]);
    }
  }

  @Test
  void rotation_twoTokensWorkAtOnce_listShowsNoSecrets() {
    String first = f.tenant("globex");
    Reply second = expect(201, f.call("POST", "/admin/tenants/globex/tokens"));

    assertEquals(200, f.scimStatus("globex", first));
    assertEquals(200, f.scimStatus("globex", second.text("token")));
    JsonNode list =
        expect(200, f.call("GET", "/admin/tenants/globex/tokens")).json().path("tokens");
    assertEquals(2, list.size());
    for (JsonNode token : list) {
      assertTrue(token.has("tokenId") && token.has("createdAt"));
      assertFalse(token.toString().contains("scim_"), "no secret in the listing");
      assertFalse(token.has("digest"));
    }
  }

  @Test
  void revokedToken_keepsWorkingWithinTheCacheTtl_then401() {
    String first = f.tenant("globex");
    Reply second = expect(201, f.call("POST", "/admin/tenants/globex/tokens"));
    assertEquals(200, f.scimStatus("globex", second.text("token")));

    assertEquals(
        204, f.call("DELETE", "/admin/tenants/globex/tokens/" + second.text("tokenId")).status());

    assertEquals(200, f.scimStatus("globex", second.text("token")), "cached verification");
    f.clock.advance(AdminFixture.TOKEN_TTL.plus(Duration.ofSeconds(1)));
    assertEquals(401, f.scimStatus("globex", second.text("token")));
    assertEquals(200, f.scimStatus("globex", first), "the other token is untouched");
  }

  @Test
  void revokeUnknownToken_is404() {
    f.tenant("globex");

    assertEquals(404, f.call("DELETE", "/admin/tenants/globex/tokens/no-such-token").status());
  }

  @Test
  void tokenOfOneTenant_doesNotWorkForAnother() {
    String globexToken = f.tenant("globex");
    f.tenant("initech");

    assertEquals(401, f.scimStatus("initech", globexToken));
  }

  @Test
  void isolation_tenantBsAdminCallsCannotSeeTenantAsTokens() {
    f.tenant("globex");
    f.tenant("initech");
    String globexTokenId =
        f.call("GET", "/admin/tenants/globex/tokens")
            .json()
            .path("tokens")
            .path(0)
            .path("tokenId")
            .asText();

    assertEquals(404, f.call("DELETE", "/admin/tenants/initech/tokens/" + globexTokenId).status());
    assertEquals(1, f.call("GET", "/admin/tenants/initech/tokens").json().path("tokens").size());
  }

  @Test
  void sync_togglesAndValidates() {
    f.tenant("globex");

    expect(200, f.call("PUT", "/admin/tenants/globex/sync", "{\"enabled\":true}"));
    assertTrue(f.call("GET", "/admin/tenants/globex").json().path("syncEnabled").asBoolean());
    expect(400, f.call("PUT", "/admin/tenants/globex/sync", "{\"enabled\":\"yes\"}"));
    expect(200, f.call("PUT", "/admin/tenants/globex/sync", "{\"enabled\":false}"));
    assertFalse(f.call("GET", "/admin/tenants/globex").json().path("syncEnabled").asBoolean());
  }

  @Test
  void scimToken_isNeverAnAdminToken() {
    String token = f.tenant("globex");

    Reply reply =
        f.call("GET", "/admin/tenants/globex", null, Map.of("authorization", "Bearer " + token));

    assertEquals(401, reply.status());
    assertTrue(reply.raw().headers().get("WWW-Authenticate").startsWith("Bearer"));
    assertTrue(reply.json().path("message").isTextual());
    assertFalse(reply.json().has("schemas"), "admin errors are not SCIM errors");
  }

  @Test
  void missingOrWrongAdminToken_is401() {
    assertEquals(401, f.call("GET", "/admin/tenants/globex", null, Map.of()).status());
    assertEquals(
        401,
        f.call("GET", "/admin/tenants/globex", null, Map.of("authorization", "Bearer nope"))
            .status());
    assertEquals(
        401,
        f.call(
                "GET",
                "/admin/tenants/globex",
                null,
                Map.of(AdminAuthenticator.IAM_CALLER_HEADER, "arn:aws:iam::1:user/x"))
            .status(),
        "with a local admin token configured, an IAM header is not enough");
  }

  @Test
  void iamMode_needsTheVerifiedCallerHeader() {
    AdminFrontDoor iam = new AdminFrontDoor(new AdminAuthenticator(null), f.ports);

    Reply without =
        AdminFixture.send(
            iam, AdminFixture.request("GET", "/admin/tenants/globex", null, Map.of()));
    Reply with =
        AdminFixture.send(
            iam,
            AdminFixture.request(
                "GET",
                "/admin/tenants/globex",
                null,
                Map.of(
                    AdminAuthenticator.IAM_CALLER_HEADER, "arn:aws:iam::123456789012:role/ops")));

    assertEquals(403, without.status());
    assertEquals(404, with.status(), "authorised; the tenant just does not exist");
  }

  @Test
  void unknownPath_is404Json_wrongMethod_is405WithAllow() {
    Reply unknown = f.call("GET", "/admin/nothing/here");
    Reply wrongMethod = f.call("DELETE", "/admin/tenants/globex/summary");

    assertEquals(404, unknown.status());
    assertTrue(unknown.json().path("message").isTextual());
    assertEquals(405, wrongMethod.status());
    assertEquals("GET", wrongMethod.raw().headers().get("Allow"));
    assertEquals(405, f.call("PATCH", "/admin/tenants").status());
  }

  @Test
  void distinctTokensPerIssue() {
    String first = f.tenant("globex");
    Reply second = f.call("POST", "/admin/tenants/globex/tokens");

    assertNotEquals(first, second.text("token"));
  }
}
