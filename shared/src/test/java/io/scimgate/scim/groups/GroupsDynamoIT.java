package io.scimgate.scim.groups;

import static io.scimgate.scim.groups.GroupsClient.TENANT;
import static io.scimgate.scim.groups.GroupsClient.json;
import static io.scimgate.scim.groups.GroupsClient.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.CountedTable;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Groups endpoint on the real DynamoDB store (DynamoDB Local), counting what each request
 * costs: membership changes are O(k) whatever the group size, and the IdPs' lookups are constant.
 */
class GroupsDynamoIT {
  private static final int USERS = 240;
  private static CountedTable table;
  private static DynamoGroupStore groups;
  private static GroupsClient client;

  @BeforeAll
  static void users() {
    table = CountedTable.fresh();
    DynamoUserStore users = new DynamoUserStore(table.dynamo());
    for (int i = 1; i <= USERS; i++) {
      users.create(TENANT, user(i), userDocument("user" + i));
    }
    groups = new DynamoGroupStore(table.dynamo());
    client = new GroupsClient(groups);
  }

  @Test
  void put_twoHundredMemberListChangingOne_writesOneMembershipItemPerChange() {
    List<String> members = range(1, 200);
    String id = create("Put200", members);

    table.counter().reset();
    List<String> added = new ArrayList<>(members);
    added.add(user(201));
    assertEquals(200, client.call("PUT", "/Groups/" + id, putBody("Put200", added)).status());
    Stats addOne = table.counter().stats();

    table.counter().reset();
    List<String> swapped = new ArrayList<>(added.subList(1, added.size()));
    swapped.add(user(202));
    assertEquals(200, client.call("PUT", "/Groups/" + id, putBody("Put200", swapped)).status());
    Stats swapOne = table.counter().stats();

    System.out.printf("PUT 200->201 members: %s; PUT swap one of 201: %s%n", addOne, swapOne);
    // Transaction items: the group's version bump and its member counter, and per added member a
    // ConditionCheck that the user exists, its membership item and its membership.added event;
    // per removed member one delete and its event (a swap's counter moves +1 -1: no update).
    // None scales with the 200 members that stay.
    assertTrue(addOne.itemsWritten() <= 5, addOne.toString());
    assertTrue(swapOne.itemsWritten() <= 6, swapOne.toString());
    assertEquals(
        1,
        swapOne.itemsWritten() - addOne.itemsWritten(),
        "a swap: a delete and its event, no counter");
    assertEquals(new TreeSet<>(swapped), new TreeSet<>(memberIds(id)));
  }

  @Test
  void patch_addOneToLargeGroup_readsNoMemberListAndWritesOneMembership() {
    String id = create("Large", range(1, 230));
    table.counter().reset();

    HttpResponse patched =
        client.call(
            "PATCH",
            "/Groups/" + id,
            patch(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + user(231)
                    + "\"}]}]"));

    Stats stats = table.counter().stats();
    System.out.printf("PATCH add 1 to 230 members: %s%n", stats);
    assertEquals(204, patched.status());
    assertEquals(0, stats.requests("Query"), "no member list was read");
    assertTrue(
        stats.itemsWritten() <= 5,
        "version bump, user check, membership, event, counter: " + stats);
  }

  @Test
  void entraReads_excludedMembersAndMembershipCheck_costConstantReads() {
    String id = create("EntraReads", range(1, 230));
    table.counter().reset();

    HttpResponse got = client.get("/Groups/" + id, Map.of("excludedAttributes", "members"));
    Stats get = table.counter().stats();
    table.counter().reset();
    HttpResponse check =
        client.get(
            "/Groups",
            Map.of(
                "filter",
                "id eq \"" + id + "\" and members[value eq \"" + user(7) + "\"]",
                "excludedAttributes",
                "members"));
    Stats member = table.counter().stats();
    table.counter().reset();
    HttpResponse byName =
        client.get(
            "/Groups",
            Map.of("filter", "displayName eq \"entrareads\"", "excludedAttributes", "members"));
    Stats name = table.counter().stats();

    System.out.printf(
        "GET excluded members: %s; membership check: %s; displayName eq: %s%n", get, member, name);
    assertEquals(200, got.status());
    assertFalse(json(got).has("members"));
    assertEquals(0, get.requests("Query"));
    assertEquals(1, json(check).path("totalResults").asInt());
    assertTrue(member.totalRequests() <= 3, member.toString());
    assertEquals(1, json(byName).path("totalResults").asInt());
    assertTrue(name.totalRequests() <= 3, name.toString());
  }

  @Test
  void eightThreadsPatchingDifferentMembers_endInTheSerialResult() throws Exception {
    String id = create("Concurrent", range(41, 80));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<List<Integer>>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      results.add(
          pool.submit(() -> {
            List<Integer> statuses = new ArrayList<>();
            for (int k = 1; k <= 5; k++) {
              String ops =
                  "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + user(thread * 5 + k)
                      + "\"}]},"
                      + "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + user(40 + thread * 5 + k)
                      + "\"}]}]";
              statuses.add(client.call("PATCH", "/Groups/" + id, patch(ops)).status());
            }
            return statuses;
          }));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<List<Integer>> r : results) {
      statuses.addAll(r.get());
    }
    pool.shutdown();

    assertTrue(statuses.stream().allMatch(s -> s == 204), statuses.toString());
    assertEquals(new TreeSet<>(range(1, 40)), new TreeSet<>(memberIds(id)));
  }

  private static String create(String name, List<String> members) {
    HttpResponse created = client.call("POST", "/Groups", putBody(name, members));
    assertEquals(201, created.status(), created.body());
    return json(created).path("id").asText();
  }

  private static List<String> memberIds(String id) {
    List<String> ids = new ArrayList<>();
    json(client.get("/Groups/" + id, Map.of("attributes", "members")))
        .path("members")
        .forEach(m -> ids.add(m.path("value").asText()));
    return ids;
  }

  private static String putBody(String displayName, List<String> members) {
    ObjectNode body = Json.object();
    body.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    body.put("displayName", displayName);
    members.forEach(m -> body.withArray("members").addObject().put("value", m));
    return Json.write(body);
  }

  private static List<String> range(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      ids.add(user(i));
    }
    return ids;
  }

  static String user(int i) {
    return String.format("00000000-0000-4000-8000-%012d", i);
  }

  private static ObjectNode userDocument(String userName) {
    ObjectNode user = Json.object();
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    user.put("userName", userName);
    user.put("displayName", "Display " + userName);
    user.put("active", true);
    return user;
  }
}
