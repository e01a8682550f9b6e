package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Connecting a customer" (docs/admin.md) against the local runner, black-box over HTTP: create a
 * tenant, use its URL and token as an IdP would, assign grants, check the summary, enable sync. The
 * token cache TTL is 0 here so a revocation shows at once.
 */
class AdminApiIT {

  @RegisterExtension
  final RunnerPerTest service = RunnerPerTest.with(c -> c.withTokenCacheTtl(Duration.ZERO));

  @Test
  void createTenant_givesAUrlAndTokenAnIdpCanUse_rotationAndRevocation() throws Exception {
    HttpResponse<String> created = admin("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("application/json", created.headers().firstValue("content-type").orElse(""));
    JsonNode tenant = Json.parse(created.body());
    String base = tenant.path("scimBaseUrl").asText();
    String first = tenant.path("token").asText();
    assertEquals(service.runner().url() + "/tenants/globex/scim/v2", base);

    assertEquals(200, scim("GET", base + "/Users", first, null).statusCode());
    assertEquals(
        401,
        scim("GET", service.runner().baseUrl() + "/Users", first, null).statusCode(),
        "not the demo tenant's");
    assertEquals(409, admin("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}").statusCode());

    JsonNode second = Json.parse(admin("POST", "/admin/tenants/globex/tokens", null).body());
    assertEquals(
        200, scim("GET", base + "/Users", second.path("token").asText(), null).statusCode());
    assertEquals(200, scim("GET", base + "/Users", first, null).statusCode());
    JsonNode tokens =
        Json.parse(admin("GET", "/admin/tenants/globex/tokens", null).body()).path("tokens");
    assertEquals(2, tokens.size());
    assertFalse(tokens.toString().contains("scim_"));

    String firstId = tenant.path("tokenId").asText();
    assertEquals(
        204, admin("DELETE", "/admin/tenants/globex/tokens/" + firstId, null).statusCode());
    JsonNode left =
        Json.parse(admin("GET", "/admin/tenants/globex/tokens", null).body()).path("tokens");
    assertEquals(1, left.size());
    assertFalse(left.toString().contains(firstId));
    assertEquals(401, scim("GET", base + "/Users", first, null).statusCode());
    assertEquals(
        200, scim("GET", base + "/Users", second.path("token").asText(), null).statusCode());
  }

  @Test
  void adminCalls_needTheAdminToken_notAScimToken() throws Exception {
    String token =
        Json.parse(admin("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}").body())
            .path("token")
            .asText();

    // The gateway stands in for the AWS_IAM authoriser: 403 as API Gateway answers an unsigned
    // call.
    for (String wrong : new String[] {null, token, service.runner().scimToken()}) {
      HttpResponse<String> refused =
          send("GET", service.runner().url() + "/admin/tenants/globex", wrong, null);
      assertEquals(403, refused.statusCode());
      assertEquals("{\"message\":\"Forbidden\"}", refused.body());
    }
    HttpResponse<String> forged =
        IdpHttp.exchange(
            "GET",
            service.runner().url() + "/admin/tenants/globex",
            null,
            Map.of("x-scimgate-iam-caller", "arn:aws:iam::000000000000:user/forged"),
            null);
    assertEquals(403, forged.statusCode(), "a client-sent caller header is no IAM identity");
    HttpResponse<String> unknown = admin("GET", "/admin/tenants/globex/nothing", null);
    assertEquals(404, unknown.statusCode());
    assertTrue(Json.parse(unknown.body()).path("message").isTextual());
    assertEquals(405, admin("DELETE", "/admin/tenants/globex/summary", null).statusCode());
  }

  @Test
  void connectingACustomer_endToEnd() throws Exception {
    JsonNode tenant =
        Json.parse(admin("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}").body());
    String base = tenant.path("scimBaseUrl").asText();
    String token = tenant.path("token").asText();

    // The IdP pushes a user and a group (what Okta / Entra do once URL and token are pasted).
    HttpResponse<String> user =
        scim(
            "POST",
            base + "/Users",
            token,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ada@globex.test\","
                + "\"name\":{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"},"
                + "\"emails\":[{\"value\":\"ada@globex.test\",\"type\":\"work\",\"primary\":true}],\"active\":true}");
    assertEquals(201, user.statusCode(), user.body());
    String userId = Json.parse(user.body()).path("id").asText();
    HttpResponse<String> group =
        scim(
            "POST",
            base + "/Groups",
            token,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Sales admins\","
                + "\"members\":[{\"value\":\""
                + userId
                + "\"}]}");
    assertEquals(201, group.statusCode(), group.body());
    String groupId = Json.parse(group.body()).path("id").asText();

    // Assign grants, check counts, then enable sync.
    assertEquals(
        200,
        admin(
                "PUT",
                "/admin/tenants/globex/groups/" + groupId + "/grants",
                "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}")
            .statusCode());
    JsonNode grants =
        Json.parse(
            admin("GET", "/admin/tenants/globex/groups/" + groupId + "/grants", null).body());
    assertEquals(
        "sales", grants.path("grants").path(0).path("community").asText(), grants.toString());
    assertEquals("admin", grants.path("grants").path(0).path("role").asText());
    assertEquals(
        200,
        admin(
                "PUT",
                "/admin/tenants/globex/default-grants",
                "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"}]}")
            .statusCode());
    JsonNode summary = Json.parse(admin("GET", "/admin/tenants/globex/summary", null).body());
    assertEquals(1, summary.path("users").path("total").asInt());
    assertEquals(1, summary.path("groups").path("total").asInt());
    assertEquals(1, summary.path("groups").path("withGrants").asInt());

    JsonNode pending =
        Json.parse(admin("GET", "/admin/tenants/globex/users/" + userId + "/access", null).body());
    assertEquals(0, pending.path("grants").size());
    assertEquals(2, pending.path("pendingGrants").size());

    assertEquals(
        200, admin("PUT", "/admin/tenants/globex/sync", "{\"enabled\":true}").statusCode());
    assertTrue(
        Json.parse(admin("GET", "/admin/tenants/globex", null).body())
            .path("syncEnabled")
            .asBoolean());
    JsonNode access =
        Json.parse(admin("GET", "/admin/tenants/globex/users/" + userId + "/access", null).body());
    assertEquals("news", access.path("grants").path(0).path("community").asText());
    assertTrue(access.path("grants").path(0).path("default").asBoolean());
    assertEquals("sales", access.path("grants").path(1).path("community").asText());
    assertEquals("admin", access.path("grants").path(1).path("role").asText());
    assertEquals(groupId, access.path("grants").path(1).path("groups").path(0).asText());
    JsonNode members =
        Json.parse(admin("GET", "/admin/tenants/globex/communities/sales/members", null).body());
    assertEquals(userId, members.path("members").path(0).path("userId").asText());

    // The IdP deactivates the user: access goes at once.
    HttpResponse<String> deactivated =
        scim(
            "PATCH",
            base + "/Users/" + userId,
            token,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
    assertEquals(200, deactivated.statusCode(), deactivated.body());
    assertFalse(Json.parse(deactivated.body()).path("active").asBoolean(true));
    JsonNode off =
        Json.parse(admin("GET", "/admin/tenants/globex/users/" + userId + "/access", null).body());
    assertFalse(off.path("active").asBoolean(true));
    assertEquals(0, off.path("grants").size());
  }

  private HttpResponse<String> admin(String method, String path, String body) throws Exception {
    return send(method, service.runner().url() + path, service.runner().adminToken(), body);
  }

  private static HttpResponse<String> scim(String method, String url, String token, String body)
      throws Exception {
    return send(method, url, token, body);
  }

  private static HttpResponse<String> send(String method, String url, String token, String body)
      throws Exception {
    String type = url.contains("/admin/") ? "application/json" : "application/scim+json";
    return IdpHttp.exchange(
        method,
        url,
        token,
        Map.of("Content-Type", type),
        body == null ? null : HttpRequest.BodyPublishers.ofString(body));
  }
}
