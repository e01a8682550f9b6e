package io.scimgate.functions.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.app.Components;
import io.scimgate.auth.Tokens;
import io.scimgate.json.Json;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.TestTenant;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every {@code events/users-*.json} fixture (API Gateway HTTP API v2 events, as Okta and Entra
 * requests arrive) through the real handler, over a fresh DynamoDB Local table in which tenant
 * {@code acme} owns the fixtures' example token and a seed user.
 */
class UsersHandlerEventsIT {
  static final String FIXTURE_TOKEN = "scim_EventFixtureTokenForLocalInvokeOnly00000000";
  static final String SEED_ID = "2819c223-7f76-453a-919d-413861904646";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          users-create-okta.json                  | 201 | /userName                      | new.hire@example.com
          users-create-entra.json                 | 201 | /urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager/value | 2819c223-7f76-453a-919d-413861904646
          users-create-duplicate-username.json    | 409 | /scimType                      | uniqueness
          users-list-okta-test-connector.json     | 200 | /itemsPerPage                  | 1
          users-list-okta-existence-check.json    | 200 | /Resources/0/id                | 2819c223-7f76-453a-919d-413861904646
          users-list-okta-uppercase-username.json | 200 | /totalResults                  | 1
          users-list-entra-test-connection.json   | 200 | /totalResults                  | 0
          users-list-entra-work-email.json        | 200 | /Resources/0/userName          | seed.user@example.com
          users-list-invalid-filter.json          | 400 | /scimType                      | invalidFilter
          users-search.json                       | 200 | /Resources/0/userName          | seed.user@example.com
          users-get.json                          | 200 | /meta/version                  | W/"1"
          users-replace-okta.json                 | 200 | /name/familyName               | Renamed
          users-patch-okta-deactivate.json        | 200 | /active                        | false
          users-patch-entra-deactivate.json       | 200 | /active                        | false
          users-patch-entra-work-email.json       | 200 | /phoneNumbers/0/type           | mobile
          users-patch-entra-manager.json          | 200 | /urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/employeeNumber | 701
          users-delete-entra.json                 | 204 | ''                             | ''
          """)
  void fixture_throughTheHandler(String file, int status, String pointer, String expected)
      throws Exception {
    Components components = tenantWithSeedUser();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    try (InputStream in = Files.newInputStream(events().resolve(file))) {
      new UsersHandler(components).handleRequest(in, out, null);
    }

    JsonNode response = Json.parse(out.toString());
    assertEquals(status, response.path("statusCode").asInt(), response.toString());
    if (!pointer.isEmpty()) {
      JsonNode body = Json.parse(response.path("body").asText());
      assertEquals(expected, body.at(pointer).asText(), body.toString());
      assertEquals("application/scim+json", response.path("headers").path("Content-Type").asText());
    }
  }

  private static Components tenantWithSeedUser() throws Exception {
    Dynamo dynamo = LocalDynamo.freshTable();
    new DynamoTokenStore(dynamo)
        .put(
            new StoredToken(
                "acme", "fixture", Tokens.digest(TestTenant.PEPPER, FIXTURE_TOKEN), Instant.now()));
    ObjectNode seed =
        (ObjectNode)
            Json.parse(
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"seed.user@example.com",
                 "name":{"givenName":"Seed","familyName":"User"},"active":true,
                 "emails":[{"value":"seed.user@example.com","type":"work","primary":true}]}\
                """);
    new DynamoUserStore(dynamo).create("acme", SEED_ID, seed);
    return Components.withDefaults(
        dynamo, () -> TestTenant.PEPPER, Duration.ofSeconds(30), Clock.systemUTC());
  }

  private static Path events() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("events"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no events/ directory above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("events");
  }
}
