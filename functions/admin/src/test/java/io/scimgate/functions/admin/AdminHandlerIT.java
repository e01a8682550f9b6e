package io.scimgate.functions.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.app.Components;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.TestTenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Lambda handler as API Gateway calls it in AWS: IAM-authorised events from {@code events/}, no
 * admin token configured, a DynamoDB Local table.
 */
class AdminHandlerIT {
  private static final Path EVENTS = TemplateFile.locate(Path.of("")).getParent().resolve("events");

  private final AdminHandler handler =
      new AdminHandler(
          Components.withDefaults(
              LocalDynamo.freshTable(),
              () -> TestTenant.PEPPER,
              Duration.ofSeconds(30),
              Clock.systemUTC()));

  @BeforeAll
  static void iamMode() {
    System.clearProperty("scimgate.adminToken");
    assumeTrue(
        System.getenv("SCIM_ADMIN_TOKEN") == null,
        "SCIM_ADMIN_TOKEN set: the handler would be in local-token mode");
  }

  @Test
  void connectingACustomer_throughTheHandler() throws Exception {
    JsonNode created = invoke("admin-create-tenant.json");
    assertEquals(201, created.path("statusCode").asInt());
    JsonNode body = Json.parse(created.path("body").asText());
    assertEquals(
        "https://abc123.execute-api.eu-west-1.amazonaws.com/tenants/globex/scim/v2",
        body.path("scimBaseUrl").asText());
    assertTrue(body.path("token").asText().startsWith("scim_"));
    assertEquals("application/json", created.path("headers").path("Content-Type").asText());

    assertEquals(201, invoke("admin-issue-token.json").path("statusCode").asInt());
    assertEquals(200, invoke("admin-put-default-grants.json").path("statusCode").asInt());
    JsonNode tenant = Json.parse(invoke("admin-get-tenant.json").path("body").asText());
    assertEquals("news", tenant.path("defaultGrants").path(0).path("community").asText());
    assertEquals(false, tenant.path("syncEnabled").asBoolean());

    JsonNode summary = Json.parse(invoke("admin-get-summary.json").path("body").asText());
    assertEquals(0, summary.path("users").path("total").asInt(-1));
    assertEquals(2, summary.path("tokens").asInt());

    assertEquals(200, invoke("admin-enable-sync.json").path("statusCode").asInt());
    JsonNode members = invoke("admin-get-community-members.json");
    assertEquals(200, members.path("statusCode").asInt());
    assertEquals(0, Json.parse(members.path("body").asText()).path("members").size());
  }

  @Test
  void unknownAdminPath_is404Json() throws Exception {
    JsonNode response = invoke("admin-unknown-path.json");

    assertEquals(404, response.path("statusCode").asInt());
    assertTrue(Json.parse(response.path("body").asText()).path("message").isTextual());
  }

  @Test
  void aClientSentCallerHeader_withoutApiGatewaysIamContext_is403() throws Exception {
    JsonNode response = invoke("admin-forged-iam-header.json");

    assertEquals(403, response.path("statusCode").asInt());
  }

  private JsonNode invoke(String eventFile) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(Files.readAllBytes(EVENTS.resolve(eventFile))), out, null);
    return Json.parse(out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
