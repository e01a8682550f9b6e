package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.users.UsersClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /Users and POST /Users/.search (RFC 7644 §3.4.2, §3.4.3) with five users u1..u5. */
abstract class UserListSpec {
  protected final UsersClient users = client();
  protected final List<String> ids = new ArrayList<>();

  protected abstract UsersClient client();

  UserListSpec() {
    for (int i = 1; i <= 5; i++) {
      ids.add(
          users.create(
              "u" + i,
              "\"externalId\":\"ext-" + i + "\"",
              "\"active\":" + (i % 2 == 1),
              "\"displayName\":\"" + (char) ('f' - i) + " user\"",
              "\"emails\":[{\"value\":\"u" + i + "@example.com\",\"type\":\"work\"}]"));
    }
  }

  @ParameterizedTest(name = "startIndex={0} count={1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''  | ''  | 1 | 5 | 5
          1   | 2   | 1 | 2 | 5
          4   | 2   | 4 | 2 | 5
          5   | 10  | 5 | 1 | 5
          6   | 10  | 6 | 0 | 5
          99  | 1   | 99 | 0 | 5
          0   | 2   | 1 | 2 | 5
          -3  | 2   | 1 | 2 | 5
          1   | 0   | 1 | 0 | 5
          1   | -1  | 1 | 0 | 5
          """)
  void list_pagingEdgeCases(
      String startIndex, String count, int wantStart, int wantItems, int wantTotal) {
    Map<String, String> query = new java.util.HashMap<>();
    if (!startIndex.isEmpty()) {
      query.put("startIndex", startIndex);
    }
    if (!count.isEmpty()) {
      query.put("count", count);
    }
    JsonNode body = users.list(query).body();

    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:ListResponse",
        body.path("schemas").path(0).asText());
    assertEquals(wantTotal, body.path("totalResults").asInt());
    assertEquals(wantStart, body.path("startIndex").asInt());
    assertEquals(wantItems, body.path("itemsPerPage").asInt());
    assertEquals(wantItems, body.path("Resources").size());
  }

  @Test
  void list_sequentialPages_areStableAndCoverEveryUserOnce() {
    List<String> seen = new ArrayList<>();
    for (int start = 1; start <= 5; start += 2) {
      users
          .list(Map.of("startIndex", "" + start, "count", "2"))
          .body()
          .path("Resources")
          .forEach(r -> seen.add(r.path("id").asText()));
    }
    assertEquals(ids.stream().sorted().toList(), seen);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          userName eq "u3"                                    | u3
          userName eq "U3"                                    | u3
          USERNAME EQ "u3"                                    | u3
          externalId eq "ext-4"                               | u4
          emails[type eq "work"].value eq "U2@example.com"    | u2
          emails[type eq "work" and value eq "u5@example.com"] | u5
          userName eq "u1" and active eq true                 | u1
          userName eq "u2" and active eq true                 | ''
          userName sw "u" and active eq false                 | u2,u4
          displayName co "user" and userName gt "u3"          | u4,u5
          not (active eq true)                                | u2,u4
          userName eq "u1" or userName eq "u5"                | u1,u5
          emails.value ew "@example.com" and userName le "u2" | u1,u2
          userName eq "7c1a9a4e-0000-4000-8000-000000000000"  | ''
          """)
  void filter_matchesWhatTheRfcSays(String filter, String expected) {
    Reply reply = users.filter(filter);

    assertEquals(200, reply.status(), reply.body().toString());
    List<String> names = new ArrayList<>();
    reply.body().path("Resources").forEach(r -> names.add(r.path("userName").asText()));
    assertEquals(
        expected.isEmpty() ? List.of() : List.of(expected.split(",")),
        names.stream().sorted().toList());
    assertEquals(names.size(), reply.body().path("totalResults").asInt());
  }

  @Test
  void filter_entraTestConnection_randomGuid_is200Empty() {
    Reply reply =
        users.list(
            Map.of("filter", "userName eq \"" + UUID.randomUUID() + "\"", "aadOptscim062020", ""));

    assertEquals(200, reply.status());
    assertEquals(0, reply.body().path("totalResults").asInt());
    assertTrue(reply.body().path("Resources").isArray());
    assertEquals(0, reply.body().path("Resources").size());
  }

  @Test
  void filter_byIdAndMeta_evaluatedOnTheRenderedUser() {
    Reply byId = users.filter("id eq \"" + ids.get(2) + "\"");
    Reply byMeta = users.filter("meta.resourceType eq \"User\" and userName ge \"u4\"");

    assertEquals("u3", byId.body().path("Resources").path(0).path("userName").asText());
    assertEquals(2, byMeta.body().path("totalResults").asInt());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          userName eq
          userName zz "x"
          nosuch eq "x"
          (userName eq "x"
          emails[type eq "work"
          userName eq 123
          externalId eq 1.5e400
          emails[value eq 7]
          emails[type eq "work"].value eq true
          """)
  void filter_garbage_is400InvalidFilter(String filter) {
    Reply reply = users.filter(filter);

    assertEquals(400, reply.status());
    assertEquals("invalidFilter", reply.body().path("scimType").asText());
  }

  @Test
  void sort_byDisplayNameDescending_thenPaged() {
    Reply reply =
        users.list(
            Map.of(
                "sortBy",
                "displayName",
                "sortOrder",
                "descending",
                "startIndex",
                "2",
                "count",
                "2"));

    List<String> names = new ArrayList<>();
    reply.body().path("Resources").forEach(r -> names.add(r.path("userName").asText()));
    assertEquals(List.of("u2", "u3"), names);
    assertEquals(5, reply.body().path("totalResults").asInt());
  }

  @Test
  void sort_unknownAttribute_is400() {
    assertEquals(400, users.list(Map.of("sortBy", "nosuch")).status());
  }

  @Test
  void list_attributesProjectEachResource() {
    Reply reply = users.list(Map.of("attributes", "userName", "count", "1"));

    JsonNode first = reply.body().path("Resources").path(0);
    assertTrue(first.has("userName"));
    assertTrue(first.has("id"));
    assertFalse(first.has("emails"));
  }

  @Test
  void search_postBody_sameAsGet() {
    Reply reply =
        users.call(
            "POST",
            "/Users/.search",
            """
            {"schemas":["urn:ietf:params:scim:api:messages:2.0:SearchRequest"],
             "filter":"active eq true","attributes":["userName"],"startIndex":1,"count":2,"sortBy":"userName"}\
            """,
            Map.of(),
            Map.of());

    assertEquals(200, reply.status());
    assertEquals(3, reply.body().path("totalResults").asInt());
    assertEquals(2, reply.body().path("Resources").size());
    assertEquals("u1", reply.body().path("Resources").path(0).path("userName").asText());
    assertFalse(reply.body().path("Resources").path(0).has("emails"));
  }

  @Test
  void list_countAboveMaxResults_isLoweredTo1000() {
    Reply reply = users.list(Map.of("count", "5000"));

    assertEquals(5, reply.body().path("itemsPerPage").asInt());
    assertEquals(200, reply.status());
  }
}
