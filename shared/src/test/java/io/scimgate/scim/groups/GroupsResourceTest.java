package io.scimgate.scim.groups;

import static io.scimgate.scim.groups.GroupsClient.TENANT;
import static io.scimgate.scim.groups.GroupsClient.json;
import static io.scimgate.scim.groups.GroupsClient.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupsResourceTest {
  private final GroupsClient client = new GroupsClient();

  @Test
  void create_withEntraSchemaUrn_is201WithLocationEtagAndMembers() {
    client.users(2);
    HttpResponse created =
        client.call(
            "POST",
            "/Groups",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                        "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/Group"],
             "displayName":"Sales","externalId":"e-1",
             "members":[{"value":"u1","display":"ignored"},{"value":"u2"}]}
            """);

    assertEquals(201, created.status(), created.body());
    JsonNode body = json(created);
    String id = body.path("id").asText();
    assertEquals(GroupsClient.BASE + "/Groups/" + id, created.headers().get("Location"));
    assertEquals("W/\"1\"", created.headers().get("ETag"));
    assertEquals("W/\"1\"", body.path("meta").path("version").asText());
    assertEquals("Group", body.path("meta").path("resourceType").asText());
    assertEquals(
        "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]", body.path("schemas").toString());
    assertEquals("e-1", body.path("externalId").asText());
    JsonNode first = body.path("members").path(0);
    assertEquals("u1", first.path("value").asText());
    assertEquals("User 1", first.path("display").asText());
    assertEquals(GroupsClient.BASE + "/Users/u1", first.path("$ref").asText());
    assertEquals("User", first.path("type").asText());
  }

  @Test
  void create_oktaEmptyMembers_is201WithoutMembers() {
    HttpResponse created =
        client.call(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Okta\",\"members\":[]}");

    assertEquals(201, created.status(), created.body());
    assertFalse(json(created).has("members"));
  }

  @Test
  void create_displayNameTakenInAnotherCase_is409Uniqueness() {
    client.group("Engineering");
    HttpResponse again =
        client.call(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"ENGINEERING\"}");

    assertEquals(409, again.status());
    assertEquals("uniqueness", json(again).path("scimType").asText());
  }

  @Test
  void create_externalIdTaken_is409Uniqueness_aDeliberateDeviationFromRfc7643() {
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
            + "\"displayName\":\"%s\",\"externalId\":\"okta-1\"}";
    assertEquals(201, client.call("POST", "/Groups", body.formatted("One")).status());

    HttpResponse again = client.call("POST", "/Groups", body.formatted("Two"));

    assertEquals(409, again.status());
    assertEquals("uniqueness", json(again).path("scimType").asText());
  }

  @Test
  void create_unknownMember_is400InvalidValueAndCreatesNothing() {
    HttpResponse created =
        client.call(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"X\",\"members\":[{\"value\":\"ghost\"}]}");

    assertEquals(400, created.status());
    assertEquals("invalidValue", json(created).path("scimType").asText());
    assertEquals(0, client.store.count(TENANT));
  }

  @Test
  void get_excludedAttributesMembers_readsNoMembershipItem() {
    client.users(3);
    String id = client.group("Staff", "u1", "u2", "u3");
    client.store.resetCounters();

    HttpResponse got = client.get("/Groups/" + id, Map.of("excludedAttributes", "members"));

    assertEquals(200, got.status());
    assertFalse(json(got).has("members"));
    assertEquals("Staff", json(got).path("displayName").asText());
    assertEquals(0, client.store.membershipReads.get());
  }

  @Test
  void get_overMemberLimit_is400TooManyNamingExcludedAttributes() {
    int n = MemberRendering.MAX_MEMBERS + 1;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      client.store.addUser(TENANT, "m" + i, null);
      ids.add("m" + i);
    }
    String id = client.group("Everyone");
    client.store.update(TENANT, id, null, null, ids, List.of());

    HttpResponse got = client.get("/Groups/" + id, Map.of());
    HttpResponse slim = client.get("/Groups/" + id, Map.of("excludedAttributes", "members"));

    assertEquals(400, got.status());
    assertEquals("tooMany", json(got).path("scimType").asText());
    assertTrue(json(got).path("detail").asText().contains("excludedAttributes=members"));
    assertEquals(200, slim.status());
  }

  @Test
  void list_whoseGroupsTogetherExceedTheMemberBudget_endsThePageEarly_insteadOfFailing()
      throws Exception {
    int half = MemberRendering.MAX_MEMBERS / 2 + 1;
    for (String name : List.of("A", "B", "C")) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < half; i++) {
        client.store.addUser(TENANT, name + i, null);
        ids.add(name + i);
      }
      client.store.update(TENANT, client.group(name), null, null, ids, List.of());
    }

    HttpResponse page = client.get("/Groups", Map.of("startIndex", "1", "count", "100"));

    assertEquals(200, page.status());
    assertEquals(3, json(page).path("totalResults").asInt());
    assertEquals(1, json(page).path("itemsPerPage").asInt(), "two halves do not fit one budget");
  }

  @Test
  void get_unknownId_is404() {
    assertEquals(404, client.get("/Groups/nope", Map.of()).status());
  }

  @Test
  void patch_memberOnlyWithoutIfMatch_isUnconditionalAndWritesOnlyTheDelta() {
    client.users(4);
    String id = client.group("Staff", "u1", "u2", "u3");
    client.store.resetCounters();

    HttpResponse patched =
        client.call(
            "PATCH",
            "/Groups/" + id,
            patch(
                "[{\"op\":\"replace\",\"value\":{\"id\":\""
                    + id
                    + "\",\"displayName\":\"Staff\"}},"
                    + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"},"
                    + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u4\"}]}]"));

    assertEquals(204, patched.status());
    assertEquals(java.util.Arrays.asList((Long) null), client.store.expectedVersions);
    assertEquals(2, client.store.membershipWrites.get());
    assertEquals(0, client.store.membershipReads.get(), "a delta needs no member list");
    assertEquals(0, client.store.documentWrites.get(), "an unchanged rename writes no document");
  }

  @Test
  void patch_withAttributes_returns200WithOnlyWhatWasAsked() {
    client.users(1);
    String id = client.group("Staff", "u1");

    HttpResponse patched =
        client.call(
            "PATCH",
            "/Groups/" + id,
            patch("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Team\"}]"),
            Map.of("attributes", "displayName"),
            Map.of());

    assertEquals(200, patched.status(), patched.body());
    assertEquals("Team", json(patched).path("displayName").asText());
    assertFalse(json(patched).has("members"));
  }

  @Test
  void patch_staleIfMatch_is412AndChangesNothing() {
    client.users(2);
    String id = client.group("Staff", "u1");

    HttpResponse patched =
        client.call(
            "PATCH",
            "/Groups/" + id,
            patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u2\"}]}]"),
            Map.of(),
            Map.of("if-match", "W/\"7\""));
    HttpResponse current =
        client.call(
            "PATCH",
            "/Groups/" + id,
            patch("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u2\"}]}]"),
            Map.of(),
            Map.of("if-match", "W/\"1\""));

    assertEquals(412, patched.status());
    assertEquals(204, current.status());
    assertEquals(List.of("u1", "u2"), client.store.memberIds(TENANT, id));
  }

  @Test
  void patch_renameToTakenName_is409() {
    client.group("A");
    String b = client.group("B");

    HttpResponse patched =
        client.call(
            "PATCH",
            "/Groups/" + b,
            patch("[{\"op\":\"replace\",\"value\":{\"displayName\":\"a\"}}]"));

    assertEquals(409, patched.status());
  }

  @Test
  void put_twoHundredMembersChangingOne_writesOneMembershipItem() {
    client.users(201);
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      members.add("u" + i);
    }
    String id = client.group("Big", members.toArray(String[]::new));
    client.store.resetCounters();

    HttpResponse put =
        client.call("PUT", "/Groups/" + id, putBody("Big", members.subList(1, 200), "u201"));

    assertEquals(200, put.status(), put.body());
    assertEquals(2, client.store.membershipWrites.get(), "one member out, one in");
    assertEquals(0, client.store.documentWrites.get(), "the document did not change");
    assertEquals(
        List.of(1L),
        client.store.expectedVersions,
        "conditional on the version the list was read at");
    assertEquals(200, json(put).path("members").size());
  }

  @Test
  void put_addingOneMember_writesOneMembershipItem() {
    client.users(201);
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= 200; i++) {
      members.add("u" + i);
    }
    String id = client.group("Big", members.toArray(String[]::new));
    client.store.resetCounters();

    HttpResponse put = client.call("PUT", "/Groups/" + id, putBody("Big", members, "u201"));

    assertEquals(200, put.status(), put.body());
    assertEquals(1, client.store.membershipWrites.get());
  }

  @Test
  void delete_is204ThenSecondDeleteIs404() {
    client.users(1);
    String id = client.group("Gone", "u1");

    assertEquals(204, client.call("DELETE", "/Groups/" + id, null).status());
    assertEquals(404, client.call("DELETE", "/Groups/" + id, null).status());
    assertEquals(404, client.get("/Groups/" + id, Map.of()).status());
    assertEquals(List.of(), client.store.memberIds(TENANT, id));
  }

  private static String putBody(String displayName, List<String> members, String extra) {
    StringBuilder list = new StringBuilder();
    for (String m : members) {
      list.append("{\"value\":\"").append(m).append("\"},");
    }
    list.append("{\"value\":\"").append(extra).append("\"}");
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\""
        + displayName
        + "\",\"members\":["
        + list
        + "]}";
  }
}
