package io.scimgate.scim.groups;

import static io.scimgate.scim.groups.GroupsClient.TENANT;
import static io.scimgate.scim.groups.GroupsClient.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Eight threads PATCH different members of one group at once (Entra sends one PATCH per user): the
 * result is the serial one, and no member-only PATCH carried a version condition, so none could
 * lose a race and be retried or refused.
 */
class ConcurrentMemberPatchTest {
  @Test
  void parallelAddsAndRemovesOfDifferentMembers_endInTheSerialResult() throws Exception {
    GroupsClient client = new GroupsClient();
    client.users(80);
    List<String> initial = new ArrayList<>();
    for (int i = 41; i <= 80; i++) {
      initial.add("u" + i);
    }
    String id = client.group("Busy", initial.toArray(String[]::new));
    client.store.resetCounters();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      results.add(
          pool.submit(() -> {
            int ok = 0;
            for (int k = 1; k <= 5; k++) {
              String add = "u" + (thread * 5 + k);
              String remove = "u" + (40 + thread * 5 + k);
              String ops =
                  "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + add
                      + "\"}]},"
                      + "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + remove
                      + "\"}]}]";
              ok += client.call("PATCH", "/Groups/" + id, patch(ops)).status() == 204 ? 1 : 0;
            }
            return ok;
          }));
    }
    int succeeded = 0;
    for (Future<Integer> r : results) {
      succeeded += r.get();
    }
    pool.shutdown();

    assertEquals(40, succeeded);
    TreeSet<String> expected = new TreeSet<>();
    for (int i = 1; i <= 40; i++) {
      expected.add("u" + i);
    }
    assertEquals(List.copyOf(expected), client.store.memberIds(TENANT, id));
    assertTrue(client.store.expectedVersions.stream().allMatch(v -> v == null));
  }
}
