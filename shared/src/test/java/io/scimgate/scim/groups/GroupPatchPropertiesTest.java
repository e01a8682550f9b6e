package io.scimgate.scim.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * For any PatchOp body, {@code PATCH /Groups/{id}} (member deltas and document edits,
 * docs/groups.md) answers 2xx or a SCIM 4xx, never anything else, and a rejected PATCH leaves the
 * group, its members included, as it was (RFC 7644 §3.5.2: all or nothing).
 */
class GroupPatchPropertiesTest {
  private static final List<String> OPS =
      List.of("add", "remove", "replace", "Add", "Remove", "Replace", "copy");
  private static final List<String> PATHS =
      List.of(
          "members",
          "members[value eq \"u1\"]",
          "members[value eq \"u9\"]",
          "members[display eq \"User 2\"]",
          "members[value eq \"u1\"].value",
          "members.value",
          "members[",
          "displayName",
          "externalId",
          "id",
          "meta.version",
          "nosuch",
          "urn:ietf:params:scim:schemas:core:2.0:Group:displayName",
          "members[type eq \"Group\"]");
  private static final List<String> VALUES =
      List.of(
          "null",
          "[]",
          "{}",
          "\"x\"",
          "\"Staff 2\"",
          "5",
          "true",
          "[{\"value\":\"u1\"}]",
          "[{\"value\":\"u2\",\"display\":\"d\",\"$ref\":null}]",
          "[{\"value\":\"u3\"},{\"value\":\"u3\"}]",
          "[{\"value\":\"nobody\"}]",
          "[{\"value\":7}]",
          "[{\"value\":\"u4\",\"type\":\"Group\"}]",
          "{\"displayName\":\"Renamed\"}",
          "{\"id\":\"other\",\"displayName\":\"R\"}",
          "{\"members\":[{\"value\":\"u5\"}]}",
          "{\"nosuch\":1}",
          "[\"u1\"]",
          "\"\\ud800\"");

  private final GroupsClient client = new GroupsClient();
  private int groups;

  GroupPatchPropertiesTest() {
    client.users(6);
  }

  @Property(tries = 150)
  void anyPatch_isSuccessOrScim4xx_andARejectedOneChangesNothing(@ForAll("bodies") String body) {
    String id = client.group("Staff " + groups++, "u1", "u2", "u3");
    JsonNode before = read(id);

    HttpResponse reply = client.call("PATCH", "/Groups/" + id, body);

    assertTrue(reply.status() < 500, body + " -> " + reply.status() + " " + reply.body());
    boolean rejected = reply.status() >= 400;
    Statistics.collect(rejected ? "rejected" : "applied");
    if (rejected) {
      assertEquals(
          "urn:ietf:params:scim:api:messages:2.0:Error",
          GroupsClient.json(reply).path("schemas").path(0).asText(),
          body);
      assertEquals(before, read(id), "a rejected PATCH wrote: " + body);
    }
    Statistics.coverage(c -> {
      c.check("applied").percentage(p -> p > 5);
      c.check("rejected").percentage(p -> p > 5);
    });
  }

  private JsonNode read(String id) {
    return GroupsClient.json(client.get("/Groups/" + id, Map.of()));
  }

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> any =
        Combinators.combine(
                Arbitraries.of(OPS),
                Arbitraries.of(PATHS),
                Arbitraries.of(VALUES),
                Arbitraries.of(0, 1, 2))
            .as((op, path, value, shape) ->
                switch (shape) {
                  case 0 -> "{\"op\":\"" + op + "\",\"value\":" + value + "}";
                  case 1 ->
                      "{\"op\":\""
                          + op
                          + "\",\"path\":"
                          + Json.write(Json.NODES.textNode(path))
                          + "}";
                  default ->
                      "{\"op\":\""
                          + op
                          + "\",\"path\":"
                          + Json.write(Json.NODES.textNode(path))
                          + ",\"value\":"
                          + value
                          + "}";
                });
    Arbitrary<String> idpForm =
        Arbitraries.of(
            "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"u4\"}]}",
            "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}",
            "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u2\\\"]\"}",
            "{\"op\":\"replace\",\"path\":\"members\","
                + "\"value\":[{\"value\":\"u5\"},{\"value\":\"u6\"}]}",
            "{\"op\":\"replace\",\"value\":{\"id\":\"ignored\",\"displayName\":\"Okta rename\"}}",
            "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Entra rename\"}",
            "{\"op\":\"add\",\"path\":\"externalId\",\"value\":\"ext\"}");
    return Arbitraries.frequencyOf(Tuple.of(3, idpForm), Tuple.of(2, any))
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(ops -> GroupsClient.patch("[" + String.join(",", ops) + "]"));
  }
}
