package io.scimgate.scim.groups;

import static io.scimgate.scim.groups.GroupsClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** List and .search (RFC 7644 §3.4.2, §3.4.3) and the cost of the lookups IdPs make. */
class GroupSearchTest {
  private final GroupsClient client = new GroupsClient();
  private String staff;
  private String sales;

  @BeforeEach
  void groups() {
    client.users(3);
    staff = client.group("Staff", "u1", "u2");
    sales = client.group("Sales", "u2");
    client.group("Empty");
    client.store.resetCounters();
  }

  @Test
  void entraMembershipCheck_isOneMembershipReadAndNoListing() {
    JsonNode hit = list("id eq \"" + staff + "\" and members[value eq \"u1\"]", "members");
    JsonNode miss = list("id eq \"" + sales + "\" and members[value eq \"u1\"]", "members");

    assertEquals(1, hit.path("totalResults").asInt());
    assertEquals(staff, hit.path("Resources").path(0).path("id").asText());
    assertFalse(hit.path("Resources").path(0).has("members"));
    assertEquals(0, miss.path("totalResults").asInt());
    assertEquals(0, miss.path("Resources").size());
    assertEquals(2, client.store.membershipChecks.get());
    assertEquals(0, client.store.membershipReads.get());
    assertEquals(0, client.store.lists.get());
  }

  @Test
  void displayNameEq_caseInsensitive_usesTheIndex() {
    JsonNode found = list("displayName eq \"staff\"", "members");

    assertEquals(1, found.path("totalResults").asInt());
    assertEquals(0, client.store.lists.get());
  }

  @Test
  void membersValueEqAlone_listsTheUsersGroups() {
    JsonNode found = list("members[value eq \"u2\"]", "members");

    assertEquals(2, found.path("totalResults").asInt());
    assertEquals(0, client.store.lists.get());
    assertEquals(
        2, client.store.membershipChecks.get(), "the reverse index alone, no isMember per group");
  }

  @Test
  void oktaListWithoutParameters_includesMembers() {
    HttpResponse response = client.get("/Groups", Map.of("startIndex", "1", "count", "100"));

    JsonNode body = json(response);
    assertEquals(3, body.path("totalResults").asInt());
    assertEquals(3, body.path("itemsPerPage").asInt());
    int members = 0;
    for (JsonNode g : body.path("Resources")) {
      members += g.path("members").size();
    }
    assertEquals(3, members);
  }

  @Test
  void zeroMatches_is200EmptyList() {
    JsonNode found = list("displayName eq \"nope\"", null);

    assertEquals(0, found.path("totalResults").asInt());
    assertEquals(0, found.path("Resources").size());
  }

  @Test
  void scanFilter_andPaging() {
    JsonNode page =
        json(
            client.get(
                "/Groups",
                Map.of(
                    "filter",
                    "displayName sw \"s\"",
                    "count",
                    "1",
                    "excludedAttributes",
                    "members")));

    assertEquals(2, page.path("totalResults").asInt());
    assertEquals(1, page.path("Resources").size());
  }

  @Test
  void membersUnderOr_is400InvalidFilter() {
    HttpResponse response =
        client.get("/Groups", Map.of("filter", "displayName eq \"x\" or members[value eq \"u1\"]"));

    assertEquals(400, response.status());
    assertEquals("invalidFilter", json(response).path("scimType").asText());
  }

  @Test
  void searchBody_sameAsQuery() {
    HttpResponse response =
        client.call(
            "POST",
            "/Groups/.search",
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
             "filter":"displayName eq \\"Sales\\"","excludedAttributes":["members"]}
            """);

    assertEquals(200, response.status(), response.body());
    assertEquals(sales, json(response).path("Resources").path(0).path("id").asText());
  }

  private JsonNode list(String filter, String excluded) {
    Map<String, String> query =
        excluded == null
            ? Map.of("filter", filter)
            : Map.of("filter", filter, "excludedAttributes", excluded);
    HttpResponse response = client.get("/Groups", query);
    assertEquals(200, response.status(), response.body());
    return json(response);
  }
}
