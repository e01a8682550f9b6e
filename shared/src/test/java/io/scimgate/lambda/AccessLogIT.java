package io.scimgate.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.testing.ApiEvents;
import io.scimgate.testing.CapturedStdout;
import io.scimgate.testing.LocalDynamoServer;
import io.scimgate.testing.LogLines;
import io.scimgate.testing.TestLambdaContext;
import io.scimgate.testing.TestTenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #10 items 1 and 7, in process over DynamoDB Local behind a real SDK client: every log line
 * is one JSON object with the request context, each request ends with one access line carrying what
 * it cost (and valid EMF), and no secret reaches the log.
 */
class AccessLogIT {
  static final String PASSWORD = "Tr0ub4dor&3-never-logged";
  static final String USERS = "/tenants/{tenantId}/scim/v2/Users";
  static TestTenant tenant;
  static Dynamo dynamo;

  @BeforeAll
  static void table() throws Exception {
    dynamo = LocalDynamoServer.freshTable();
    tenant = TestTenant.on(dynamo, "acme");
    new DynamoTenantStore(dynamo).create("acme", Instant.now());
  }

  @Test
  void everyRequest_endsWithOneAccessLine_withContextCostAndNoSecrets() throws Exception {
    LambdaAdapter adapter =
        new LambdaAdapter(tenant.components.users(), tenant.components.accessLine());
    Map<String, String> okta =
        Map.of(
            "authorization",
            "Bearer " + tenant.token,
            "user-agent",
            "Okta SCIM Client 1.0.0",
            "content-type",
            "application/scim+json");
    String create =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ada@acme.test\","
            + "\"password\":\""
            + PASSWORD
            + "\",\"active\":true}";
    String captured;
    List<String> statuses;
    try (CapturedStdout out = new CapturedStdout()) {
      statuses =
          List.of(
              invoke(
                  adapter,
                  "lambda-1",
                  "POST " + USERS,
                  "/tenants/acme/scim/v2/Users",
                  Map.of(),
                  okta,
                  create),
              invoke(
                  adapter,
                  "lambda-2",
                  "POST " + USERS,
                  "/tenants/acme/scim/v2/Users",
                  Map.of(),
                  okta,
                  create),
              invoke(
                  adapter,
                  "lambda-3",
                  "GET " + USERS,
                  "/tenants/acme/scim/v2/Users",
                  Map.of("filter", "userName eq"),
                  Map.of(
                      "authorization",
                      "Bearer " + tenant.token,
                      "user-agent",
                      "Microsoft.Identity.Provisioning"),
                  null),
              invoke(
                  adapter,
                  "lambda-4",
                  "GET " + USERS,
                  "/tenants/acme/scim/v2/Users",
                  Map.of(),
                  Map.of("authorization", "Bearer scim_" + "A".repeat(43)),
                  null));
      captured = out.text();
    }
    assertEquals(List.of("201", "409", "400", "401"), statuses);
    LogLines lines = LogLines.of(captured).assertContextOnEveryLine();
    lines.assertNoneOf(tenant.token, PASSWORD, "scim_" + "A".repeat(43), "test-pepper", "Bearer ");
    List<JsonNode> access = lines.access();
    assertEquals(4, access.size(), captured);
    for (int i = 0; i < 4; i++) {
      JsonNode line = access.get(i);
      assertEquals("lambda-" + (i + 1), line.path("requestId").asText());
      assertEquals("users-fn", line.path("function").asText());
      assertEquals(i == 0, line.path("coldStart").asBoolean());
      assertEquals("acme", line.path("tenant").asText());
      assertTrue(line.path("latencyMs").asDouble() > 0);
      LogLines.assertEmf(line);
    }
    JsonNode created = access.get(0);
    assertEquals("POST " + USERS, created.path("route").asText());
    assertEquals("POST", created.path("method").asText());
    assertEquals(201, created.path("status").asInt());
    assertEquals("okta", created.path("idp").asText());
    assertTrue(created.path("dynamoCalls").asInt() > 0, created.toString());
    assertTrue(created.path("dynamoWriteUnits").asDouble() > 0, created.toString());
    assertTrue(created.path("dynamoReadUnits").asDouble() > 0, created.toString());
    assertEquals("uniqueness", access.get(1).path("scimType").asText());
    assertEquals(1, access.get(1).path("errors4xx").asInt());
    assertEquals("invalidFilter", access.get(2).path("scimType").asText());
    assertEquals("entra", access.get(2).path("idp").asText());
    assertEquals(1, access.get(3).path("tokenFailures").asInt());
    assertEquals(0, access.get(3).path("dynamoThrottles").asInt());
  }

  private static String invoke(
      LambdaAdapter adapter,
      String requestId,
      String routeKey,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      String body)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] event =
        ApiEvents.event(routeKey, path, Map.of("tenantId", "acme"), query, headers, body);
    adapter.handle(
        new ByteArrayInputStream(event), out, new TestLambdaContext(requestId, "users-fn"));
    return Integer.toString(
        io.scimgate.json.Json.parse(out.toString(StandardCharsets.UTF_8))
            .path("statusCode")
            .asInt());
  }
}
