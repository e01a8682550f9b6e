package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.scimgate.local.IdpHttp.Reply;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Microsoft Entra ID user lifecycle over real HTTP against the local runner: Test Connection,
 * match, create with the enterprise extension, default-dialect PATCHes, the aadOptscim062020
 * dialect, soft delete and hard delete (docs/idp-dialects.md).
 */
class EntraUserLifecycleIT {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @RegisterExtension final RunnerPerTest service = RunnerPerTest.withDefaults();
  private IdpHttp entra;

  @BeforeEach
  void connect() {
    LocalRunner runner = service.runner();
    // The tenant URL is pasted with ?aadOptscim062020; Entra keeps it on every request.
    entra = new IdpHttp(runner.baseUrl(), runner.scimToken(), IdpHttp.ENTRA, "aadOptscim062020");
  }

  @Test
  void lifecycle() throws Exception {
    Reply test =
        entra.send(
            "GET", "/Users", Map.of("filter", "userName eq \"" + UUID.randomUUID() + "\""), null);
    assertEquals(200, test.status());
    assertEquals(0, test.body().path("totalResults").asInt());
    assertEquals(0, test.body().path("Resources").size());

    Reply match = entra.send("GET", "/Users", Map.of("filter", "externalId eq \"a1b2c3\""), null);
    assertEquals(0, match.body().path("totalResults").asInt());

    String managerId = create("Boss@contoso.com", "b0b0b0", "");
    String id =
        create(
            "Alex.W@contoso.com",
            "a1b2c3",
            ",\"" + ENTERPRISE + "\":{\"employeeNumber\":\"100\",\"department\":\"Sales\"}");

    Reply found =
        entra.send("GET", "/Users", Map.of("filter", "userName eq \"alex.w@contoso.com\""), null);
    assertEquals(id, found.body().path("Resources").path(0).path("id").asText());

    Reply defaults =
        entra.send(
            "PATCH",
            "/Users/" + id,
            Map.of(),
            patch(
                "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Alex Wilber\"}",
                "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"alex.w@contoso.com\"}",
                "{\"op\":\"Add\",\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\",\"value\":\"+1 425 555 0109\"}",
                "{\"op\":\"Replace\",\"path\":\""
                    + ENTERPRISE
                    + ":employeeNumber\",\"value\":\"701\"}",
                "{\"op\":\"Add\",\"path\":\""
                    + ENTERPRISE
                    + ":manager\",\"value\":\""
                    + managerId
                    + "\"}"));
    assertEquals(200, defaults.status(), String.valueOf(defaults.body()));

    Reply read = entra.send("GET", "/Users/" + id, Map.of(), null);
    assertEquals("Alex Wilber", read.body().path("displayName").asText());
    assertEquals("work", read.body().path("emails").path(0).path("type").asText());
    assertEquals(
        "+1 425 555 0109", read.body().path("phoneNumbers").path(0).path("value").asText());
    assertEquals("701", read.body().path(ENTERPRISE).path("employeeNumber").asText());
    assertEquals(managerId, read.body().path(ENTERPRISE).path("manager").path("value").asText());

    Reply byWorkEmail =
        entra.send(
            "GET",
            "/Users",
            Map.of("filter", "emails[type eq \"work\"].value eq \"ALEX.W@contoso.com\""),
            null);
    assertEquals(id, byWorkEmail.body().path("Resources").path(0).path("id").asText());

    Reply optIn =
        entra.send(
            "PATCH",
            "/Users/" + id,
            Map.of(),
            patch(
                "{\"op\":\"replace\",\"value\":{\"name.givenName\":\"Alexandra\",\""
                    + ENTERPRISE
                    + ":department\":\"Retail\"}}"));
    assertEquals("Alexandra", optIn.body().path("name").path("givenName").asText());
    assertEquals("Retail", optIn.body().path(ENTERPRISE).path("department").asText());

    Reply soft =
        entra.send(
            "PATCH",
            "/Users/" + id,
            Map.of(),
            patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
    assertEquals(200, soft.status());
    assertFalse(
        entra.send("GET", "/Users/" + id, Map.of(), null).body().path("active").asBoolean(true));
    Reply stillListed =
        entra.send("GET", "/Users", Map.of("filter", "userName eq \"Alex.W@contoso.com\""), null);
    assertEquals(1, stillListed.body().path("totalResults").asInt());

    assertEquals(204, entra.send("DELETE", "/Users/" + id, Map.of(), null).status());
    assertEquals(404, entra.send("DELETE", "/Users/" + id, Map.of(), null).status());
    Reply gone = entra.send("GET", "/Users/" + id, Map.of(), null);
    assertEquals(404, gone.status());
    assertEquals("404", gone.body().path("status").asText());
  }

  private String create(String userName, String externalId, String extension) throws Exception {
    Reply created =
        entra.send(
            "POST",
            "/Users",
            Map.of(),
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
             "externalId":"%s","userName":"%s","active":true,
             "name":{"familyName":"W","givenName":"Alex"}%s}\
            """
                .formatted(ENTERPRISE, externalId, userName, extension));
    assertEquals(201, created.status(), String.valueOf(created.body()));
    return created.body().path("id").asText();
  }

  private static String patch(String... operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }
}
