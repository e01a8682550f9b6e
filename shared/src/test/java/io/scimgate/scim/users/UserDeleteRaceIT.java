package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.testing.TestTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DELETE /Users/{id} while other clients PATCH the same user (issue 11, race 1), with real threads
 * over DynamoDB Local. The delete answers 204 (or 503 with Retry-After when it kept losing), never
 * 500; PATCHes answer 200/204 or 404 once the user is gone; and whatever userName the user had
 * last, its uniqueness marker went with it (the name can be taken again).
 */
class UserDeleteRaceIT {
  private static final int ROUNDS = 12;
  private static final int PATCHERS = 4;

  private final ExecutorService pool = Executors.newFixedThreadPool(PATCHERS + 1);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void deleteWhilePatching_isNever500_andLeavesNoMarkerBehind() throws Exception {
    UsersClient client = UsersClient.over(TestTenant.create("acme"));
    Set<Integer> deleteStatuses = ConcurrentHashMap.newKeySet();
    Set<Integer> patchStatuses = ConcurrentHashMap.newKeySet();
    List<String> names = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String id = client.create("r" + round + "@acme.test", "\"active\":true");
      Set<String> triedNames = ConcurrentHashMap.newKeySet();
      triedNames.add("r" + round + "@acme.test");
      CountDownLatch started = new CountDownLatch(PATCHERS);
      List<Future<?>> patchers = new ArrayList<>();
      for (int t = 0; t < PATCHERS; t++) {
        int thread = t;
        int r = round;
        patchers.add(
            pool.submit(() -> {
              started.countDown();
              for (int k = 0; ; k++) {
                String op =
                    thread % 2 == 0
                        ? "{\"op\":\"replace\",\"path\":\"active\",\"value\":" + (k % 2 == 0) + "}"
                        : "{\"op\":\"replace\",\"path\":\"userName\",\"value\":\"r"
                            + r
                            + "-"
                            + thread
                            + "-"
                            + k
                            + "@acme.test\"}";
                if (thread % 2 == 1) {
                  triedNames.add("r" + r + "-" + thread + "-" + k + "@acme.test");
                }
                int status = client.patch(id, UsersClient.patchOps(op)).status();
                patchStatuses.add(status);
                if (status == 404 || k > 200) {
                  return null;
                }
              }
            }));
      }
      started.await();
      Thread.sleep(15);
      UsersClient.Reply deleted = client.delete(id);
      deleteStatuses.add(deleted.status());
      if (deleted.status() == 503) {
        assertNotNull(deleted.header("Retry-After"), "a 503 says when to retry");
        assertEquals(204, client.delete(id).status(), "once the patchers stop, the delete wins");
      }
      for (Future<?> p : patchers) {
        p.get(60, TimeUnit.SECONDS);
      }
      assertEquals(404, client.get(id).status());
      names.addAll(triedNames);
    }
    assertTrue(Set.of(204, 503).containsAll(deleteStatuses), "DELETE answered " + deleteStatuses);
    assertTrue(
        Set.of(200, 204, 404, 503).containsAll(patchStatuses), "PATCH answered " + patchStatuses);
    for (String name : names) {
      UsersClient.Reply again =
          client.post(
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                  + name
                  + "\"}");
      assertEquals(
          201, again.status(), name + " is still reserved by a deleted user: " + again.body());
    }
    assertEquals(names.size(), client.list(Map.of()).body().path("totalResults").asInt());
  }

  /** Item 5: DELETE with If-Match is one write conditional on that version. */
  @Test
  void deleteWithIfMatch_whilePatching_is204Or412_andAStaleVersionDeletesNothing()
      throws Exception {
    UsersClient client = UsersClient.over(TestTenant.create("acme"));
    String id = client.create("ada@acme.test");
    String etag = client.get(id).header("ETag");
    assertEquals(
        200,
        client
            .patch(
                id,
                UsersClient.patchOps(
                    "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Countess\"}"))
            .status());
    assertEquals(
        412,
        client.call("DELETE", "/Users/" + id, null, Map.of(), Map.of("If-Match", etag)).status());
    assertEquals(200, client.get(id).status(), "a stale If-Match deletes nothing");

    Set<Integer> statuses = ConcurrentHashMap.newKeySet();
    for (int round = 0; round < 10; round++) {
      String user = client.create("round" + round + "@acme.test");
      Future<?> patcher =
          pool.submit(() -> {
            for (int k = 0; k < 30; k++) {
              if (client
                      .patch(
                          user,
                          UsersClient.patchOps(
                              "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t" + k + "\"}"))
                      .status()
                  == 404) {
                return;
              }
            }
          });
      Thread.sleep(5);
      String current = client.get(user).header("ETag");
      statuses.add(
          client
              .call("DELETE", "/Users/" + user, null, Map.of(), Map.of("If-Match", current))
              .status());
      patcher.get(30, TimeUnit.SECONDS);
    }
    assertTrue(Set.of(204, 412).containsAll(statuses), "DELETE with If-Match answered " + statuses);
  }
}
