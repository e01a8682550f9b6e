package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.scim.users.UsersClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PUT replaces the user (RFC 7644 §3.5.1); Okta custom apps do everything this way. */
abstract class UserPutSpec {
  static final String BEFORE =
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"put.me",
       "externalId":"ext-put","displayName":"Put Me","title":"Engineer","active":true,
       "name":{"givenName":"Put","familyName":"Me"},
       "emails":[{"value":"put@x.com","type":"work","primary":true}]}\
      """;

  protected final UsersClient users = client();

  protected abstract UsersClient client();

  /** One PUT body (the part after userName) and what the stored user must then look like. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          omitted attributes are cleared    | "active":true                                          | /title          | <absent>
          omitted complex is cleared        | "active":true                                          | /name           | <absent>
          omitted multi-valued is cleared   | "active":true                                          | /emails         | <absent>
          given values replace              | "title":"Boss","active":true                           | /title          | "Boss"
          readOnly id is ignored            | "id":"forged","active":true                            | /userName       | "put.me"
          readOnly meta is ignored          | "meta":{"version":"W/\\"99\\""},"active":true           | /meta/version   | "W/\\"2\\""
          readOnly groups are ignored       | "groups":[{"value":"g1"}],"active":true                | /groups         | <absent>
          password is accepted, not kept    | "password":"s3cret!","active":true                     | /password       | <absent>
          deactivate via full PUT (Okta)    | "active":false                                         | /active         | false
          Entra string boolean              | "active":"False"                                       | /active         | false
          unknown attributes are ignored    | "customOktaAttr":"x","active":true                     | /customOktaAttr | <absent>
          """)
  void put_replacesPerRfc(String rule, String fields, String pointer, String expected)
      throws Exception {
    String id = users.post(BEFORE).id();

    Reply reply =
        users.put(
            id,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"put.me\","
                + fields
                + "}");

    assertEquals(200, reply.status(), reply.body().toString());
    JsonNode actual = reply.body().at(pointer);
    if (expected.equals("<absent>")) {
      assertEquals(true, actual.isMissingNode(), rule + ": " + actual);
    } else {
      assertEquals(Json.parse(expected), actual, rule);
    }
    assertEquals(reply.body(), users.get(id).body(), "the response is what is stored");
  }

  @Test
  void put_numberWhereAStringBelongs_is400InvalidValue_andChangesNothing() {
    Reply created = users.post(BEFORE);

    Reply replaced =
        users.put(
            created.id(), BEFORE.replace("\"userName\":\"", "\"nickName\":42,\"userName\":\""));

    assertEquals(400, replaced.status(), replaced.body().toString());
    assertEquals("invalidValue", replaced.body().path("scimType").asText());
    assertEquals(created.body(), users.get(created.id()).body());
  }

  @Test
  void put_bumpsVersion_andEtagFollows() {
    Reply created = users.post(BEFORE);

    Reply replaced = users.put(created.id(), BEFORE);

    assertEquals("W/\"2\"", replaced.header("ETag"));
    assertEquals("W/\"2\"", replaced.body().path("meta").path("version").asText());
    assertEquals(
        created.body().path("meta").path("created"), replaced.body().path("meta").path("created"));
  }

  @Test
  void put_withCurrentIfMatch_succeeds_withStaleIfMatch_is412() {
    Reply created = users.post(BEFORE);
    String id = created.id();

    Reply ok =
        users.call(
            "PUT", "/Users/" + id, BEFORE, Map.of(), Map.of("If-Match", created.header("ETag")));
    Reply stale =
        users.call(
            "PUT", "/Users/" + id, BEFORE, Map.of(), Map.of("If-Match", created.header("ETag")));

    assertEquals(200, ok.status());
    assertEquals(412, stale.status());
    assertEquals("412", stale.body().path("status").asText());
  }

  @Test
  void put_userNameTakenByAnotherUserInOtherCase_is409() {
    users.create("Taken");
    String id = users.post(BEFORE).id();

    Reply reply =
        users.put(
            id,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"tAKEN\"}");

    assertEquals(409, reply.status());
    assertEquals("uniqueness", reply.body().path("scimType").asText());
  }

  @Test
  void put_changingOnlyTheCaseOfOwnUserName_isAllowed_andStoredAsSent() {
    String id = users.post(BEFORE).id();

    Reply reply =
        users.put(
            id,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"PUT.ME\"}");

    assertEquals(200, reply.status());
    assertEquals("PUT.ME", reply.body().path("userName").asText());
  }

  @Test
  void put_unknownUser_is404_withoutUserName_is400() {
    assertEquals(404, users.put("nobody", BEFORE).status());
    String id = users.post(BEFORE).id();
    assertEquals(
        400,
        users.put(id, "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}").status());
  }
}
