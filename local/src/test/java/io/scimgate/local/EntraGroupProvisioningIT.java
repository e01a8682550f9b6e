package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Microsoft Entra ID group provisioning (default dialect) against the local runner over HTTP: reads
 * always with {@code excludedAttributes=members}, create listing the ADSCIM schema URN, the
 * membership check filter, capitalised {@code Add} with {@code name}/{@code "$ref": null}, {@code
 * Remove} with a value array that removes only that member, 204s, and delete.
 */
class EntraGroupProvisioningIT {
  private static final String SLIM = "excludedAttributes=members&aadOptscim062020";

  @RegisterExtension final RunnerPerTest service = RunnerPerTest.withDefaults();

  @Test
  void groupProvisioning_lookupCreateMembershipsDelete() throws Exception {
    String u1 = user("adele@contoso.com");
    String u2 = user("alex@contoso.com");
    String u3 = user("megan@contoso.com");

    assertEquals(0, list("displayName eq \"Sales EU\"").path("totalResults").asInt());
    HttpResponse<String> created =
        send(
            "POST",
            "/Groups",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/Group"],
             "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"Sales EU","members":[]}\
            """);
    assertEquals(201, created.statusCode(), created.body());
    String id = Json.parse(created.body()).path("id").asText();
    JsonNode slim = Json.parse(send("GET", "/Groups/" + id + "?" + SLIM, null).body());
    assertEquals("Sales EU", slim.path("displayName").asText());
    assertFalse(slim.has("members"));
    assertEquals(1, list("displayName eq \"Sales EU\"").path("totalResults").asInt());

    for (String member : List.of(u1, u2, u3)) {
      assertNoContent(
          patch(
              id,
              """
              [{"op":"Add","name":"addMember","path":"members","value":[{"$ref":null,"value":"%s"}]}]\
              """
                  .formatted(member)));
    }
    assertEquals(
        1,
        list("id eq \"" + id + "\" and members[value eq \"" + u2 + "\"]")
            .path("totalResults")
            .asInt());

    assertNoContent(
        patch(
            id,
            """
            [{"op":"Remove","name":"removeMember","path":"members","value":[{"$ref":null,"value":"%s"}]}]\
            """
                .formatted(u2)));
    assertEquals(
        0,
        list("id eq \"" + id + "\" and members[value eq \"" + u2 + "\"]")
            .path("totalResults")
            .asInt());
    assertEquals(
        1,
        list("id eq \"" + id + "\" and members[value eq \"" + u1 + "\"]")
            .path("totalResults")
            .asInt());
    JsonNode full = Json.parse(send("GET", "/Groups/" + id + "?attributes=members", null).body());
    List<String> members = new ArrayList<>();
    full.path("members").forEach(m -> members.add(m.path("value").asText()));
    assertEquals(List.of(u1, u3).stream().sorted().toList(), members.stream().sorted().toList());

    assertNoContent(
        patch(
            id,
            """
            [{"op":"Replace","path":"displayName","value":"Sales Europe"}]\
            """));
    assertEquals(1, list("displayName eq \"sales europe\"").path("totalResults").asInt());

    assertEquals(204, send("DELETE", "/Groups/" + id, null).statusCode());
    assertEquals(404, send("DELETE", "/Groups/" + id, null).statusCode());
    assertEquals(
        0,
        list("id eq \"" + id + "\" and members[value eq \"" + u1 + "\"]")
            .path("totalResults")
            .asInt());
  }

  private JsonNode list(String filter) throws Exception {
    String query =
        "filter="
            + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20")
            + "&"
            + SLIM;
    HttpResponse<String> response = send("GET", "/Groups?" + query, null);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode body = Json.parse(response.body());
    body.path("Resources").forEach(g -> assertFalse(g.has("members")));
    return body;
  }

  private String user(String userName) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "externalId":"%s","userName":"%s","active":true,"displayName":"%s",
             "emails":[{"primary":true,"type":"work","value":"%s"}],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales"}}\
            """
                .formatted(userName.split("@")[0], userName, userName, userName));
    assertEquals(201, created.statusCode(), created.body());
    return Json.parse(created.body()).path("id").asText();
  }

  private HttpResponse<String> patch(String id, String operations) throws Exception {
    return send(
        "PATCH",
        "/Groups/" + id + "?aadOptscim062020",
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + operations
            + "}");
  }

  private static void assertNoContent(HttpResponse<String> response) {
    assertEquals(204, response.statusCode(), response.body());
    assertTrue(response.body().isEmpty(), "Entra must not get a member list back");
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return IdpHttp.of(service.runner(), IdpHttp.PLAIN).raw(method, path, body);
  }
}
