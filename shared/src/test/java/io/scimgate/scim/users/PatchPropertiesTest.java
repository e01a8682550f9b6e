package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.json.Json;
import io.scimgate.scim.users.UsersClient.Reply;
import io.scimgate.testing.InMemoryGroupStore;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * For any PatchOp body, {@code PATCH /Users/{id}} on the in-memory stores answers 2xx or a SCIM 4xx
 * error, never anything else; and a rejected PATCH changes nothing (RFC 7644 §3.5.2: all operations
 * or none). Operations are drawn from the forms Okta, Entra and RFC clients send, mixed with wrong
 * types, unknown paths and malformed filters.
 */
class PatchPropertiesTest {
  private static final String ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final List<String> OPS =
      List.of("add", "replace", "remove", "Add", "Replace", "Remove", "ADD", "move", "", "test");
  private static final List<String> PATHS =
      List.of(
          "",
          "userName",
          "displayName",
          "active",
          "title",
          "name",
          "name.givenName",
          "name.nosuch",
          "emails",
          "emails.value",
          "emails.type",
          "emails[type eq \"work\"]",
          "emails[type eq \"work\"].value",
          "emails[value eq \"N\"].value",
          "emails[type eq \"work\" and primary eq true].value",
          "emails[type eq \"home\" or type eq \"x\"]",
          "emails[value co \"@\"]",
          "emails[",
          "emails[nosuch eq 1].value",
          "phoneNumbers",
          "phoneNumbers[type eq \"mobile\"].value",
          "addresses[type eq \"work\"].locality",
          "id",
          "meta.lastModified",
          "groups",
          "password",
          "externalId",
          "nosuch",
          "userName[value eq \"x\"]",
          ENT,
          ENT + ":employeeNumber",
          ENT + ":manager",
          ENT + ":manager.displayName",
          ENT + ":nosuch",
          "urn:ietf:params:scim:schemas:core:2.0:User:nickName",
          "x509Certificates",
          "roles");
  private static final List<String> VALUES =
      List.of(
          "null",
          "\"x\"",
          "\"m@x.com\"",
          "\"True\"",
          "\"False\"",
          "\"maybe\"",
          "true",
          "false",
          "0",
          "123",
          "1.5e400",
          "-0",
          "\"\"",
          "[]",
          "{}",
          "[\"x\"]",
          "[{\"value\":\"a@x.com\",\"type\":\"work\",\"primary\":true}]",
          "[{\"value\":\"b@x.com\",\"primary\":true},{\"value\":\"c@x.com\",\"primary\":true}]",
          "{\"givenName\":\"G\",\"nosuch\":1}",
          "{\"active\":false}",
          "{\"name.givenName\":\"G\"}",
          "{\"" + ENT + ":employeeNumber\":\"7\"}",
          "{\"schemas\":[\"" + ENT + "\"],\"employeeNumber\":\"1\"}",
          "{\"" + ENT + "\":{\"department\":\"D\",\"schemas\":[]}}",
          "{\"id\":\"forged\"}",
          "{\"userName\":null}",
          "\"\\ud83d\\ude00\"",
          "{\"value\":\"mgr\"}",
          "[null]",
          "{\"emails\":7}",
          "\"" + "y".repeat(5000) + "\"");

  /** Path and value pairs of the right type, as IdPs send them. */
  private static final List<String> WELL_TYPED =
      List.of(
          "\"path\":\"displayName\",\"value\":\"D\"",
          "\"path\":\"active\",\"value\":\"False\"",
          "\"value\":{\"active\":true}",
          "\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"w@x.com\"",
          "\"path\":\"emails[value eq \\\"N\\\"].value\",\"value\":\"n@x.com\"",
          "\"path\":\"phoneNumbers[type eq \\\"mobile\\\"].value\",\"value\":\"+1\"",
          "\"path\":\"name.givenName\",\"value\":\"G\"",
          "\"path\":\"" + ENT + ":employeeNumber\",\"value\":\"9\"",
          "\"path\":\"" + ENT + ":manager\",\"value\":\"m2\"",
          "\"path\":\"" + ENT + "\",\"value\":{\"schemas\":[\"" + ENT + "\"],\"department\":\"D\"}",
          "\"value\":{\"name.familyName\":\"F\",\"" + ENT + ":costCenter\":\"C\"}",
          "\"path\":\"emails\",\"value\":[{\"value\":\"PAT@x.com\",\"type\":\"work\"}]",
          "\"path\":\"title\",\"value\":\"T\"");

  private final UsersClient users =
      UsersClient.inMemory(new UsersResource(new InMemoryUserStore(), new InMemoryGroupStore()));

  @Property(tries = 300)
  void anyPatch_isSuccessOrScim4xx_andARejectedOneChangesNothing(@ForAll("bodies") String body) {
    String id =
        users.create(
            "prop-" + System.nanoTime(),
            "\"emails\":[{\"value\":\"pat@x.com\",\"type\":\"work\",\"primary\":true}]",
            "\"" + ENT + "\":{\"employeeNumber\":\"1\",\"manager\":{\"value\":\"m1\"}}");
    Reply before = users.get(id);

    Reply reply = users.patch(id, body);
    Statistics.collect(reply.status() >= 400 ? "rejected" : "applied");

    assertTrue(reply.status() < 500, body + " -> " + reply.status() + " " + reply.body());
    if (reply.status() >= 400) {
      assertEquals(
          "urn:ietf:params:scim:api:messages:2.0:Error",
          reply.body().path("schemas").path(0).asText(),
          body);
      assertEquals(before.body(), users.get(id).body(), "a rejected PATCH wrote: " + body);
    } else {
      assertEquals(reply.body(), users.get(id).body(), "the answer is what is stored");
    }
    users.delete(id);
    // Not vacuous: both outcomes occur often enough for each half of the property to be tested.
    Statistics.coverage(c -> {
      c.check("applied").percentage(p -> p > 20);
      c.check("rejected").percentage(p -> p > 20);
    });
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> op =
        Combinators.combine(
                Arbitraries.of(OPS),
                Arbitraries.of(PATHS),
                Arbitraries.of(VALUES),
                Arbitraries.integers().between(0, 3))
            .as((name, path, value, shape) ->
                switch (shape) {
                  case 0 -> "{\"op\":\"" + name + "\",\"value\":" + value + "}";
                  case 1 ->
                      "{\"op\":\""
                          + name
                          + "\",\"path\":"
                          + Json.write(Json.NODES.textNode(path))
                          + "}";
                  default ->
                      "{\"op\":\""
                          + name
                          + "\",\"path\":"
                          + Json.write(Json.NODES.textNode(path))
                          + ",\"value\":"
                          + value
                          + "}";
                });
    Arbitrary<String> wellTyped =
        Combinators.combine(Arbitraries.of("add", "replace", "Replace"), Arbitraries.of(WELL_TYPED))
            .as((name, pathAndValue) -> "{\"op\":\"" + name + "\"," + pathAndValue + "}");
    return Arbitraries.frequencyOf(Tuple.of(3, wellTyped), Tuple.of(2, op))
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(UsersClient::patchOpsOf)
        .edgeCases(e -> e.add("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]}"));
  }
}
