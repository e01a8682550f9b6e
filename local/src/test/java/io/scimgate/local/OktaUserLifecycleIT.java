package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.local.IdpHttp.Reply;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user steps of Okta's SCIM 2.0 spec test and of a custom (App Integration Wizard) app, over
 * real HTTP against the local runner, as Okta sends them (docs/idp-dialects.md).
 */
class OktaUserLifecycleIT {
  @TempDir static Path dataDir;
  private static LocalRunner runner;
  private static IdpHttp okta;

  /** One runner for the class: every test works on users of its own. */
  @BeforeAll
  static void start() throws Exception {
    runner = LocalRunner.start(Config.forTests(dataDir));
    okta = IdpHttp.of(runner, IdpHttp.OKTA);
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  void specTest_userLifecycle() throws Exception {
    Reply connector = okta.send("GET", "/Users", Map.of("startIndex", "1", "count", "2"), null);
    assertEquals(200, connector.status());
    assertEquals("application/scim+json", connector.header("content-type"));
    assertTrue(connector.body().path("totalResults").isIntegralNumber());

    String userName = "okta." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Reply absent =
        okta.send(
            "GET",
            "/Users",
            Map.of("filter", "userName eq \"" + userName + "\"", "startIndex", "1", "count", "100"),
            null);
    assertEquals(200, absent.status());
    assertEquals(0, absent.body().path("totalResults").asInt());

    Reply created =
        okta.send(
            "POST",
            "/Users",
            Map.of(),
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
             "name":{"givenName":"Spec","familyName":"Tester"},
             "emails":[{"primary":true,"value":"%s","type":"work"}],
             "displayName":"Spec Tester","locale":"en-US","externalId":"00u%s",
             "groups":[],"password":"%s","active":true}\
            """
                .formatted(
                    userName,
                    userName,
                    UUID.randomUUID().toString().substring(0, 12),
                    UUID.randomUUID()));
    assertEquals(201, created.status());
    String id = created.body().path("id").asText();
    assertFalse(id.isEmpty(), "Okta treats an empty 201 body as an error");
    assertFalse(created.body().has("password"));
    assertEquals(created.body().path("meta").path("location").asText(), created.header("location"));

    Reply read = okta.send("GET", "/Users/" + id, Map.of(), null);
    assertEquals(200, read.status());
    assertEquals(userName, read.body().path("userName").asText());

    Reply upper =
        okta.send(
            "GET",
            "/Users",
            Map.of("filter", "userName eq \"" + userName.toUpperCase() + "\""),
            null);
    assertEquals(1, upper.body().path("totalResults").asInt());
    assertEquals(id, upper.body().path("Resources").path(0).path("id").asText());

    Reply random =
        okta.send(
            "GET", "/Users", Map.of("filter", "userName eq \"" + UUID.randomUUID() + "\""), null);
    assertEquals(0, random.body().path("totalResults").asInt());

    Reply duplicate =
        okta.send(
            "POST",
            "/Users",
            Map.of(),
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s"}\
            """
                .formatted(userName.toUpperCase()));
    assertEquals(409, duplicate.status());
    assertEquals("uniqueness", duplicate.body().path("scimType").asText());
    Reply after =
        okta.send("GET", "/Users", Map.of("filter", "userName eq \"" + userName + "\""), null);
    assertEquals(1, after.body().path("totalResults").asInt(), "the refused create stored nothing");
  }

  @Test
  void deactivateAndReactivate_withPathlessReplace() throws Exception {
    String id = create("deact@example.com");

    Reply off =
        okta.send(
            "PATCH",
            "/Users/" + id,
            Map.of(),
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","value":{"active":false}}]}\
            """);
    assertEquals(200, off.status());
    assertFalse(off.body().path("active").asBoolean(true));
    assertFalse(
        okta.send("GET", "/Users/" + id, Map.of(), null).body().path("active").asBoolean(true));

    Reply on =
        okta.send(
            "PATCH",
            "/Users/" + id,
            Map.of(),
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations":[{"op":"replace","value":{"active":true}}]}\
            """);
    assertTrue(on.body().path("active").asBoolean(false));
    assertTrue(
        okta.send("GET", "/Users/" + id, Map.of(), null).body().path("active").asBoolean(false));
  }

  @Test
  void customApp_getThenFullPut_updatesProfileAndActive() throws Exception {
    String id = create("custom@example.com");
    Reply read = okta.send("GET", "/Users/" + id, Map.of(), null);
    var body = (com.fasterxml.jackson.databind.node.ObjectNode) read.body().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("name"))
        .put("familyName", "Renamed");
    body.put("active", false);
    body.putArray("groups");

    Reply put = okta.send("PUT", "/Users/" + id, Map.of(), body.toString());

    assertEquals(200, put.status());
    assertEquals("Renamed", put.body().path("name").path("familyName").asText());
    assertFalse(put.body().path("active").asBoolean(true));
    assertEquals("W/\"2\"", put.header("etag"));
    Reply stored = okta.send("GET", "/Users/" + id, Map.of(), null);
    assertEquals("Renamed", stored.body().path("name").path("familyName").asText());
    assertFalse(stored.body().path("active").asBoolean(true));
    assertEquals("W/\"2\"", stored.body().path("meta").path("version").asText());
  }

  private String create(String userName) throws Exception {
    Reply created =
        okta.send(
            "POST",
            "/Users",
            Map.of(),
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
             "name":{"givenName":"A","familyName":"B"},"active":true,"groups":[],"password":"pw-%s"}\
            """
                .formatted(userName, UUID.randomUUID()));
    assertEquals(201, created.status());
    return created.body().path("id").asText();
  }
}
