package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Okta Group Push against the local runner over HTTP, request by request as docs/idp-dialects.md
 * describes it: list on save, create with {@code members: []}, the rename+remove+add PATCH of every
 * membership change, a full member {@code replace}, a custom app's full PUT, and the delete when
 * the push is unlinked.
 */
class OktaGroupPushIT {

  @RegisterExtension final RunnerPerTest service = RunnerPerTest.withDefaults();

  @Test
  void groupPush_createPatchReplacePutDelete() throws Exception {
    String babs = user("babs@example.com");
    String kim = user("kim@example.com");
    String lee = user("lee@example.com");
    assertEquals(200, send("GET", "/Groups?startIndex=1&count=100", null).statusCode());

    HttpResponse<String> created =
        send(
            "POST",
            "/Groups",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering","members":[]}\
            """);
    assertEquals(201, created.statusCode(), created.body());
    String id = Json.parse(created.body()).path("id").asText();
    assertFalse(Json.parse(created.body()).has("members"));

    assertNoContent(
        patch(
            id,
            """
            [{"op":"add","path":"members","value":[{"value":"%s","display":"babs@example.com"},
                                                   {"value":"%s","display":"kim@example.com"}]}]\
            """
                .formatted(babs, kim)));
    assertNoContent(
        patch(
            id,
            """
            [{"op":"replace","value":{"id":"%s","displayName":"Engineering EU"}},
             {"op":"remove","path":"members[value eq \\"%s\\"]"},
             {"op":"add","path":"members","value":[{"value":"%s","display":"lee@example.com"}]}]\
            """
                .formatted(id, kim, lee)));
    JsonNode afterPush = get(id);
    assertEquals("Engineering EU", afterPush.path("displayName").asText());
    assertEquals(sorted(babs, lee), memberIds(afterPush));

    assertNoContent(
        patch(
            id,
            """
            [{"op":"replace","path":"members","value":[{"value":"%s"}]}]\
            """
                .formatted(kim)));
    assertEquals(List.of(kim), memberIds(get(id)));

    HttpResponse<String> put =
        send(
            "PUT",
            "/Groups/" + id,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"%s","displayName":"Engineering EU",
             "members":[{"value":"%s","display":"babs@example.com"},{"value":"%s","display":"kim@example.com"}]}\
            """
                .formatted(id, babs, kim));
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(sorted(babs, kim), memberIds(Json.parse(put.body())));
    JsonNode babsUser = Json.parse(send("GET", "/Users/" + babs, null).body());
    assertTrue(babsUser.path("groups").toString().contains(id), babsUser.toString());

    assertEquals(204, send("DELETE", "/Groups/" + id, null).statusCode());
    assertEquals(404, send("GET", "/Groups/" + id, null).statusCode());
    assertEquals(404, send("DELETE", "/Groups/" + id, null).statusCode());
    JsonNode afterDelete = Json.parse(send("GET", "/Users/" + babs, null).body());
    assertFalse(afterDelete.path("groups").toString().contains(id), afterDelete.toString());
  }

  private String user(String userName) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s",
             "name":{"givenName":"G","familyName":"F"},"emails":[{"primary":true,"value":"%s","type":"work"}],
             "displayName":"%s","active":true,"groups":[],"password":"pw-Ignored-1"}\
            """
                .formatted(userName, userName, userName));
    assertEquals(201, created.statusCode(), created.body());
    return Json.parse(created.body()).path("id").asText();
  }

  private HttpResponse<String> patch(String id, String operations) throws Exception {
    return send(
        "PATCH",
        "/Groups/" + id,
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + operations
            + "}");
  }

  private JsonNode get(String id) throws Exception {
    HttpResponse<String> response = send("GET", "/Groups/" + id, null);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }

  private static void assertNoContent(HttpResponse<String> response) {
    assertEquals(204, response.statusCode(), response.body());
    assertTrue(response.body().isEmpty());
  }

  private static List<String> memberIds(JsonNode group) {
    List<String> ids = new ArrayList<>();
    group.path("members").forEach(m -> ids.add(m.path("value").asText()));
    ids.sort(null);
    return ids;
  }

  private static List<String> sorted(String... ids) {
    List<String> list = new ArrayList<>(List.of(ids));
    list.sort(null);
    return list;
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return IdpHttp.of(service.runner(), IdpHttp.OKTA).raw(method, path, body);
  }
}
