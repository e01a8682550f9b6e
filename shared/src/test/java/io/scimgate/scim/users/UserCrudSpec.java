package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.scim.users.UsersClient.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST, GET and DELETE of /Users (RFC 7644 §3.3, §3.4.1, §3.6) as Okta and Entra use them. */
abstract class UserCrudSpec {
  static final String OKTA_CREATE =
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
       "userName":"Jane.Doe@example.com",
       "name":{"givenName":"Jane","familyName":"Doe"},
       "emails":[{"primary":true,"value":"jane.doe@example.com","type":"work"}],
       "displayName":"Jane Doe","locale":"en-US","externalId":"00u1abcd",
       "groups":[],"password":"t1meMa$heen","active":true}\
      """;

  protected final UsersClient users = client();

  protected abstract UsersClient client();

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"123", "1.5e400", "-0", "7.0"})
  void create_numberWhereAStringBelongs_is400InvalidValueNamingIt_andStoresNothing(String number) {
    Reply created =
        users.post(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":"
                + number
                + "}");

    assertEquals(400, created.status());
    assertEquals("invalidValue", created.body().path("scimType").asText());
    assertTrue(created.body().path("detail").asText().contains("'userName'"));
    assertEquals(0, users.list(Map.of()).body().path("totalResults").asInt());
  }

  @Test
  void create_repeatedEmail_isStoredOnce_primaryIfEitherCopyWas() {
    Reply created =
        users.post(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"dup",
             "emails":[{"value":"d@x.com","type":"work"},{"value":"D@X.com","type":"work","primary":true},
                       {"value":"d@x.com","type":"home"}]}\
            """);

    assertEquals(201, created.status(), created.body().toString());
    var emails = created.body().path("emails");
    assertEquals(2, emails.size(), emails.toString());
    assertTrue(emails.path(0).path("primary").asBoolean());
    assertEquals("home", emails.path(1).path("type").asText());
  }

  @Test
  void create_okta_returns201WithUserLocationAndEtag_neverThePassword() {
    Reply created = users.post(OKTA_CREATE);

    assertEquals(201, created.status());
    assertEquals("application/scim+json", created.header("Content-Type"));
    assertEquals("Jane.Doe@example.com", created.body().path("userName").asText());
    assertEquals(
        "jane.doe@example.com", created.body().path("emails").path(0).path("value").asText());
    assertTrue(created.body().path("active").asBoolean());
    assertFalse(created.body().has("password"));
    assertFalse(created.body().has("groups"));
    var meta = created.body().path("meta");
    assertEquals("User", meta.path("resourceType").asText());
    assertEquals(UsersClient.BASE + "/Users/" + created.id(), meta.path("location").asText());
    assertEquals(meta.path("location").asText(), created.header("Location"));
    assertEquals("W/\"1\"", meta.path("version").asText());
    assertEquals(meta.path("version").asText(), created.header("ETag"));
    assertEquals(meta.path("created").asText(), meta.path("lastModified").asText());
  }

  @Test
  void create_thenGet_returnsTheSameUser_andPasswordIsNotStored() {
    Reply created = users.post(OKTA_CREATE);
    Reply read = users.get(created.id());

    assertEquals(200, read.status());
    assertEquals(created.body(), read.body());
    assertFalse(read.body().toString().contains("t1meMa$heen"));
  }

  @Test
  void create_attributeNamesAreCaseInsensitive_andStoredWithSchemaSpelling() {
    Reply created =
        users.post(
            """
            {"SCHEMAS":["urn:ietf:params:scim:schemas:core:2.0:User"],"USERNAME":"bob","Name":{"GIVENNAME":"Bob"}}\
            """);

    assertEquals(201, created.status());
    assertEquals("bob", created.body().path("userName").asText());
    assertEquals("Bob", created.body().path("name").path("givenName").asText());
  }

  @Test
  void create_entraWithEnterpriseExtension_keepsManagerAsComplex() {
    String managerId = users.create("boss");
    Reply created =
        users.post(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "userName":"emp@contoso.com","active":true,
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
               "employeeNumber":"42","department":"R&D","manager":{"value":"%s"}}}\
            """
                .formatted(managerId));

    assertEquals(201, created.status());
    var enterprise =
        created.body().path("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertEquals("42", enterprise.path("employeeNumber").asText());
    assertEquals(managerId, enterprise.path("manager").path("value").asText());
    assertTrue(created.body().path("schemas").toString().contains("enterprise"));
  }

  @Test
  void create_duplicateUserNameInOtherCase_is409Uniqueness() {
    users.create("Jane.Doe@example.com");

    Reply duplicate =
        users.post(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"JANE.DOE@EXAMPLE.COM"}\
            """);

    assertEquals(409, duplicate.status());
    assertEquals("uniqueness", duplicate.body().path("scimType").asText());
    assertEquals("409", duplicate.body().path("status").asText());
  }

  @Test
  void create_duplicateExternalId_is409Uniqueness() {
    users.create("a", "\"externalId\":\"ext-1\"");

    Reply duplicate =
        users.post(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"b","externalId":"ext-1"}\
            """);

    assertEquals(409, duplicate.status());
    assertEquals("uniqueness", duplicate.body().path("scimType").asText());
  }

  @Test
  void create_invalidBodies_are400WithScimType() {
    Map<String, String> cases =
        Map.of(
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"]}",
            "invalidValue",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\","
                + "\"emails\":[{\"value\":\"a@x\",\"primary\":true},{\"value\":\"b@x\",\"primary\":true}]}",
            "invalidValue",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + "x".repeat(600)
                + "\"}",
            "invalidValue",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\",\"active\":\"maybe\"}",
            "invalidValue",
            "{\"userName\":\"x\"}",
            "invalidSyntax",
            "{not json",
            "invalidSyntax",
            "[1,2]",
            "invalidSyntax");
    cases.forEach((body, scimType) -> {
      Reply reply = users.post(body);
      assertEquals(400, reply.status(), body);
      assertEquals(scimType, reply.body().path("scimType").asText(), body);
    });
  }

  @Test
  void create_multiValuedKeepsOrder() {
    Reply created =
        users.post(
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"m",
             "emails":[{"value":"c@x"},{"value":"a@x","primary":true},{"value":"b@x"}]}\
            """);

    var emails = created.body().path("emails");
    assertEquals("c@x", emails.path(0).path("value").asText());
    assertEquals("a@x", emails.path(1).path("value").asText());
    assertEquals("b@x", emails.path(2).path("value").asText());
  }

  @Test
  void get_unknownId_is404ScimError() {
    Reply reply = users.get("no-such-id");

    assertEquals(404, reply.status());
    assertEquals("404", reply.body().path("status").asText());
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error",
        reply.body().path("schemas").path(0).asText());
  }

  @Test
  void get_attributes_returnsOnlyThoseAndAlwaysReturnedOnes() {
    String id = users.post(OKTA_CREATE).id();

    Reply reply = users.get(id, Map.of("attributes", "userName,name.givenName"));

    assertEquals(200, reply.status());
    assertEquals("Jane.Doe@example.com", reply.body().path("userName").asText());
    assertEquals("Jane", reply.body().path("name").path("givenName").asText());
    assertFalse(reply.body().path("name").has("familyName"));
    assertEquals(id, reply.body().path("id").asText());
    assertFalse(reply.body().has("emails"));
    assertFalse(reply.body().has("meta"));
  }

  @Test
  void get_excludedAttributes_dropsThem() {
    String id = users.post(OKTA_CREATE).id();

    Reply reply = users.get(id, Map.of("excludedAttributes", "emails,meta"));

    assertFalse(reply.body().has("emails"));
    assertFalse(reply.body().has("meta"));
    assertTrue(reply.body().has("userName"));
  }

  @Test
  void get_ifNoneMatchCurrentVersion_is304_staleVersion_is200() {
    Reply created = users.post(OKTA_CREATE);
    String etag = created.header("ETag");

    Reply notModified =
        users.call("GET", "/Users/" + created.id(), null, Map.of(), Map.of("If-None-Match", etag));
    Reply stale =
        users.call(
            "GET", "/Users/" + created.id(), null, Map.of(), Map.of("If-None-Match", "W/\"0\""));

    assertEquals(304, notModified.status());
    assertNull(notModified.body());
    assertEquals(etag, notModified.header("ETag"));
    assertEquals(200, stale.status());
  }

  @Test
  void delete_is204_thenGetAndDeleteAre404() {
    String id = users.create("gone");

    assertEquals(204, users.delete(id).status());
    assertEquals(404, users.get(id).status());
    assertEquals(404, users.delete(id).status());
  }

  @Test
  void delete_withStaleIfMatch_is412_andKeepsTheUser() {
    String id = users.create("kept");

    Reply reply =
        users.call("DELETE", "/Users/" + id, null, Map.of(), Map.of("If-Match", "W/\"9\""));

    assertEquals(412, reply.status());
    assertEquals(200, users.get(id).status());
  }

  @Test
  void delete_freesTheUserNameForReuse() {
    String first = users.create("reuse");
    users.delete(first);

    assertNotEquals(first, users.create("REUSE"));
  }

  @Test
  void unsupportedMethodOnCollection_is405() {
    Reply reply = users.call("DELETE", "/Users", null, Map.of(), Map.of());

    assertEquals(405, reply.status());
  }
}
