package io.scimgate.scim.users;

import static io.scimgate.scim.users.UsersClient.patchOps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.scim.users.UsersClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PATCH of a user (RFC 7644 §3.5.2) end to end through /Users, with the operations Okta and Entra
 * send (docs/idp-dialects.md). The PATCH engine's own unit tests cover the grammar in depth.
 */
abstract class UserPatchSpec {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  static final String USER =
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"pat@contoso.com",
       "active":true,"displayName":"Pat","name":{"givenName":"Pat","familyName":"Smith"},
       "emails":[{"value":"pat@contoso.com","type":"work","primary":true}],
       "phoneNumbers":[{"value":"+1 555 0100","type":"work"}]}\
      """;

  protected final UsersClient users = client();

  protected abstract UsersClient client();

  /** One operation and the JSON pointer / value it must leave in the user. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          okta deactivate (path-less)            | {"op":"replace","value":{"active":false}}                                                  | /active                      | false
          entra deactivate ("False" string)      | {"op":"Replace","path":"active","value":"False"}                                           | /active                      | false
          entra reactivate ("True" string)       | {"op":"Replace","path":"active","value":"True"}                                            | /active                      | true
          entra replace work email value         | {"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"new@contoso.com"}       | /emails/0/value              | "new@contoso.com"
          entra add mobile phone: creates entry  | {"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 555 0199"}       | /phoneNumbers/1              | {"type":"mobile","value":"+1 555 0199"}
          entra extension employeeNumber         | {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber","value":"701"} | /urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/employeeNumber | "701"
          entra manager as bare id               | {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"boss-id"} | /urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager/value | "boss-id"
          aadOptscim062020 dotted and URN keys   | {"op":"replace","value":{"name.givenName":"Patricia","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department":"Ops"}} | /name/givenName | "Patricia"
          sub-attribute path                     | {"op":"replace","path":"name.familyName","value":"Jones"}                                  | /name/familyName             | "Jones"
          remove simple attribute                | {"op":"remove","path":"displayName"}                                                       | /displayName                 | <absent>
          remove by value filter                 | {"op":"remove","path":"phoneNumbers[type eq \\"work\\"]"}                                  | /phoneNumbers                | <absent>
          entra extra name key is ignored        | {"op":"Replace","name":"x","path":"title","value":"Lead"}                                  | /title                       | "Lead"
          entra null value is skipped            | {"op":"Replace","path":"displayName","value":null}                                         | /displayName                 | "Pat"
          """)
  void patch_idpOperation_isApplied(String rule, String operation, String pointer, String expected)
      throws Exception {
    String id = users.post(USER).id();

    Reply reply = users.patch(id, patchOps(operation));

    assertEquals(200, reply.status(), rule + ": " + reply.body());
    JsonNode actual = users.get(id).body().at(pointer);
    if (expected.equals("<absent>")) {
      assertTrue(actual.isMissingNode(), rule + ": " + actual);
    } else {
      assertEquals(Json.parse(expected), actual, rule);
    }
    assertEquals(reply.body(), users.get(id).body(), "the response is what is stored");
  }

  /** Failures and their scimType; nothing is written. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown attribute path             | {"op":"replace","path":"nosuch","value":"x"}                            | invalidPath
          malformed path                     | {"op":"replace","path":"emails[type eq","value":"x"}                    | invalidPath
          remove without path                | {"op":"remove"}                                                         | noTarget
          wrong value type                   | {"op":"replace","path":"active","value":"perhaps"}                      | invalidValue
          unknown key in a path-less value   | {"op":"replace","value":{"nosuch":"x"}}                                 | invalidValue
          unknown key in an extension value  | {"op":"add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User","value":{"schemas":["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],"nosuch":"1"}} | invalidValue
          number for a string                | {"op":"replace","path":"displayName","value":123}                      | invalidValue
          huge number for a string           | {"op":"replace","value":{"nickName":1.5e400}}                           | invalidValue
          number in a filtered add           | {"op":"add","path":"emails[type eq \\"work\\"].value","value":5}        | invalidValue
          readOnly attribute                 | {"op":"replace","path":"id","value":"forged"}                           | mutability
          remove required userName           | {"op":"remove","path":"userName"}                                       | invalidValue
          second primary email               | {"op":"add","path":"emails","value":[{"value":"b@x.com","primary":true},{"value":"c@x.com","primary":true}]} | invalidValue
          """)
  void patch_invalidOperation_is400AndWritesNothing(
      String rule, String operation, String scimType) {
    Reply created = users.post(USER);

    Reply reply = users.patch(created.id(), patchOps(operation));

    assertEquals(400, reply.status(), rule + ": " + reply.body());
    assertEquals(scimType, reply.body().path("scimType").asText(), rule);
    assertEquals(created.body(), users.get(created.id()).body());
  }

  @Test
  void patch_allOperationsOfOneRequestAreAtomic() {
    Reply created = users.post(USER);

    Reply reply =
        users.patch(
            created.id(),
            patchOps(
                "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Changed\"}",
                "{\"op\":\"replace\",\"path\":\"nosuch\",\"value\":\"x\"}"));

    assertEquals(400, reply.status());
    assertEquals("Pat", users.get(created.id()).body().path("displayName").asText());
  }

  @Test
  void patch_filteredReplaceMatchingNothing_sentAgainAndAgain_neverDuplicatesTheValue() {
    Reply created = users.post(USER);
    String op =
        "{\"op\":\"replace\",\"path\":\"emails[value eq \\\"N\\\"].value\",\"value\":\"m@x.com\"}";

    for (int i = 0; i < 20; i++) {
      assertEquals(200, users.patch(created.id(), patchOps(op, op, op)).status());
    }

    JsonNode emails = users.get(created.id()).body().path("emails");
    assertEquals(2, emails.size(), emails.toString());
    assertEquals("m@x.com", emails.path(1).path("value").asText());
  }

  @Test
  void patch_extensionObjectCarryingItsOwnSchemas_isAcceptedAsPostAndPutAcceptIt() {
    Reply created = users.post(USER);
    String enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    Reply reply =
        users.patch(
            created.id(),
            patchOps(
                "{\"op\":\"add\",\"path\":\""
                    + enterprise
                    + "\",\"value\":{\"schemas\":[\""
                    + enterprise
                    + "\"],\"employeeNumber\":\"1\"}}"));

    assertEquals(200, reply.status(), reply.body().toString());
    assertEquals("1", reply.body().path(enterprise).path("employeeNumber").asText());
    assertFalse(reply.body().path(enterprise).has("schemas"));
    assertTrue(reply.body().path("schemas").toString().contains(enterprise));
  }

  @Test
  void patch_addOfEmailsAlreadyThereInAnotherCase_isANoOp() {
    Reply created = users.post(USER);

    Reply reply =
        users.patch(
            created.id(),
            patchOps(
                "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"PAT@contoso.com\",\"type\":\"work\"}]}"));

    assertEquals(200, reply.status(), reply.body().toString());
    assertEquals(1, users.get(created.id()).body().path("emails").size());
  }

  @Test
  void patch_withStaleIfMatch_is412_withCurrent_succeeds() {
    Reply created = users.post(USER);
    String body = patchOps("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}");

    Reply stale =
        users.call(
            "PATCH", "/Users/" + created.id(), body, Map.of(), Map.of("If-Match", "W/\"7\""));
    Reply current =
        users.call(
            "PATCH",
            "/Users/" + created.id(),
            body,
            Map.of(),
            Map.of("If-Match", created.header("ETag")));

    assertEquals(412, stale.status());
    assertEquals(200, current.status());
    assertEquals("W/\"2\"", current.header("ETag"));
  }

  @Test
  void patch_thatChangesNothing_keepsTheVersion() {
    Reply created = users.post(USER);

    Reply reply =
        users.patch(created.id(), patchOps("{\"op\":\"replace\",\"value\":{\"active\":true}}"));

    assertEquals(200, reply.status());
    assertEquals(created.header("ETag"), reply.header("ETag"));
  }

  @Test
  void patch_emptyAttributesParameter_is204WithEtag() {
    String id = users.post(USER).id();

    Reply reply =
        users.call(
            "PATCH",
            "/Users/" + id,
            patchOps("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"),
            Map.of("attributes", ""),
            Map.of());

    assertEquals(204, reply.status());
    assertNull(reply.body());
    assertEquals("W/\"2\"", reply.header("ETag"));
  }

  @Test
  void patch_softDeletedUser_isStillReturnedByGetAndFilters() {
    String id = users.post(USER).id();
    users.patch(id, patchOps("{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));

    assertFalse(users.get(id).body().path("active").asBoolean());
    Reply byName = users.filter("userName eq \"pat@contoso.com\"");
    assertEquals(1, byName.body().path("totalResults").asInt());
    Reply inactive = users.filter("active eq false");
    assertEquals(id, inactive.body().path("Resources").path(0).path("id").asText());
  }

  @Test
  void patch_unknownUser_is404_badBody_is400() {
    assertEquals(
        404,
        users
            .patch("nobody", patchOps("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"))
            .status());
    String id = users.post(USER).id();
    Reply noSchema =
        users.patch(
            id, "{\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
    assertEquals(400, noSchema.status());
    assertEquals("invalidSyntax", noSchema.body().path("scimType").asText());
  }
}
