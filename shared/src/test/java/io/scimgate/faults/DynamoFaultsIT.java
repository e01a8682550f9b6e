package io.scimgate.faults;

import static io.scimgate.testing.FaultyHttpClient.Fault.HANG;
import static io.scimgate.testing.FaultyHttpClient.Fault.PROVISIONED_THROUGHPUT;
import static io.scimgate.testing.FaultyHttpClient.Fault.SERVER_ERROR;
import static io.scimgate.testing.FaultyHttpClient.Fault.THROTTLING;
import static io.scimgate.testing.FaultyHttpClient.Fault.TRANSACTION_CONFLICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.app.SdkClients;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.FaultyDynamo;
import io.scimgate.testing.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB failing under the SDK (faults at the HTTP-client boundary, {@link FaultyDynamo}):
 * throttling and 5xx are retried a bounded number of times and then answered 503 with Retry-After,
 * never 500; a call that hangs is cut by the SDK timeouts; a chunked write cut in the middle leaves
 * data that reads consistently and converges when the client retries.
 */
class DynamoFaultsIT {
  private FaultyDynamo table;
  private TestTenant acme;

  @BeforeEach
  void table() {
    table = FaultyDynamo.freshTable();
    acme = TestTenant.on(table.dynamo, "acme");
  }

  @AfterEach
  void heal() {
    table.http.heal();
  }

  @Test
  void persistentThrottling_isBoundedRetries_then503WithRetryAfter() throws Exception {
    for (var fault : List.of(THROTTLING, PROVISIONED_THROUGHPUT, SERVER_ERROR)) {
      table.http.heal();
      table.http.always("TransactWriteItems", fault);
      table.http.resetCounts();
      long start = System.nanoTime();

      HttpResponse reply = users("POST", "/Users", user("t-" + fault));

      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "%s on every TransactWriteItems: %d after %d ms, %s attempts%n",
          fault, reply.status(), millis, table.http.requests());
      assertEquals(503, reply.status(), reply.body());
      assertEquals("5", reply.headers().get("Retry-After"));
      assertEquals(SdkClients.MAX_ATTEMPTS, table.http.requests().get("TransactWriteItems"));
    }
    table.http.heal();
    assertEquals(0, list().path("totalResults").asInt(), "nothing was written");
  }

  @Test
  void persistentTransactionConflicts_areRetriedUnderTheBudget_then503() {
    String id = parse(users("POST", "/Users", user("contended")).body()).path("id").asText();
    table.http.always("TransactWriteItems", TRANSACTION_CONFLICT);
    table.http.resetCounts();
    long start = System.nanoTime();

    HttpResponse reply =
        users(
            "PATCH",
            "/Users/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:"
                + "PatchOp\"],\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}]}");

    long millis = (System.nanoTime() - start) / 1_000_000;
    long attempts = table.http.requests().get("TransactWriteItems");
    System.out.printf(
        "TransactionConflict on every write: %d after %d ms, %d attempts%n",
        reply.status(), millis, attempts);
    assertEquals(503, reply.status(), reply.body());
    assertEquals("5", reply.headers().get("Retry-After"));
    assertTrue(attempts > SdkClients.MAX_ATTEMPTS, "the store's loop retried: " + attempts);
  }

  @Test
  void aBriefThrottle_isAbsorbedByTheSdkRetry() throws Exception {
    String id = Json.parse(users("POST", "/Users", user("ada")).body()).path("id").asText();
    table.http.inject("GetItem", PROVISIONED_THROUGHPUT, 0, SdkClients.MAX_ATTEMPTS - 1);

    assertEquals(200, users("GET", "/Users/" + id, null).status());
    assertEquals(SdkClients.MAX_ATTEMPTS - 1, table.http.faulted().get("GetItem"));
  }

  @Test
  void aHangingCall_isCutByTheSdkTimeouts_andAnswered503() {
    table.http.always("Query", HANG);
    long start = System.nanoTime();

    HttpResponse reply = users("GET", "/Users", null);

    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "hanging Query: %d after %d ms, %s attempts%n",
        reply.status(), millis, table.http.requests());
    assertEquals(503, reply.status());
    assertEquals("5", reply.headers().get("Retry-After"));
    assertTrue(table.http.faulted().get("Query") <= SdkClients.MAX_ATTEMPTS);
  }

  @Test
  void aTimeoutInTheMiddleOfAChunkedMemberWrite_leavesAConsistentPrefix_andTheRetryConverges()
      throws Exception {
    List<String> members = usersInStore(150);
    String group = Json.parse(groups("POST", "/Groups", group("big")).body()).path("id").asText();
    // The first transaction (about 48 additions) commits; every attempt at the second one hangs.
    table.http.inject("TransactWriteItems", HANG, 1, SdkClients.MAX_ATTEMPTS);

    HttpResponse cut = groups("PATCH", "/Groups/" + group, addMembers(members));

    assertEquals(503, cut.status(), cut.body());
    List<String> stored = memberIds(group);
    assertTrue(stored.size() > 0 && stored.size() < members.size(), stored.size() + " members");
    assertTrue(members.containsAll(stored), "only members that were asked for");
    assertEquals(200, groups("GET", "/Groups/" + group, null).status(), "the group reads fine");

    table.http.heal();
    assertEquals(204, groups("PATCH", "/Groups/" + group, addMembers(members)).status());
    assertEquals(members.stream().sorted().toList(), memberIds(group));
  }

  @Test
  void failingMembershipCleanup_afterTheDeleteCommitted_is204_andTheSweepFinishesIt() {
    List<String> members = usersInStore(60);
    String group =
        new DynamoGroupStore(table.dynamo)
            .create(
                "acme",
                UUID.randomUUID().toString(),
                (com.fasterxml.jackson.databind.node.ObjectNode) parse(group("doomed")),
                members)
            .id();
    table.http.always("BatchWriteItem", SERVER_ERROR);

    assertEquals(204, groups("DELETE", "/Groups/" + group, null).status());

    assertEquals(404, groups("GET", "/Groups/" + group, null).status());
    DynamoGroupStore store = new DynamoGroupStore(table.dynamo);
    assertTrue(
        store.groupsOf("acme", members.get(0)).isEmpty(), "leftover memberships do not count");
    table.http.heal();
    assertEquals(0, store.resumeCleanup("acme", 10_000));
    assertTrue(store.members("acme", group, null, 10).members().isEmpty());
  }

  private List<String> usersInStore(int n) {
    DynamoUserStore store = new DynamoUserStore(table.dynamo);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = UUID.randomUUID().toString();
      store.create(
          "acme", id, (com.fasterxml.jackson.databind.node.ObjectNode) parse(user("m" + i)));
      ids.add(id);
    }
    return ids;
  }

  private List<String> memberIds(String group) {
    return new DynamoGroupStore(table.dynamo)
        .members("acme", group, null, 1_000).members().stream()
            .map(m -> m.userId())
            .sorted()
            .toList();
  }

  private JsonNode list() throws Exception {
    return Json.parse(users("GET", "/Users", null).body());
  }

  private HttpResponse users(String method, String path, String body) {
    return acme.components.users().handle(acme.scim(method, path, body, Map.of()));
  }

  private HttpResponse groups(String method, String path, String body) {
    return acme.components.groups().handle(acme.scim(method, path, body, Map.of()));
  }

  private static String user(String userName) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + userName
        + "\"}";
  }

  private static String group(String name) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\""
        + name
        + "\"}";
  }

  private static String addMembers(List<String> ids) {
    StringBuilder values = new StringBuilder();
    for (String id : ids) {
      values.append(values.isEmpty() ? "" : ",").append("{\"value\":\"").append(id).append("\"}");
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
        + "\"path\":\"members\",\"value\":["
        + values
        + "]}]}";
  }

  private static JsonNode parse(String json) {
    try {
      return Json.parse(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
