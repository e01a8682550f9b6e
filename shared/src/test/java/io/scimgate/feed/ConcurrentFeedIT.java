package io.scimgate.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.testing.TestTenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Many writers in parallel threads and one reader following {@code nextCursor} all the while, with
 * the deployed settle window: every committed change arrives exactly once and each user's events
 * arrive in the order their requests committed.
 */
class ConcurrentFeedIT {
  private static final int WRITERS = 6;
  private static final int USERS_PER_WRITER = 4;
  private static final String PATCH_OP =
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":";

  @Test
  void parallelWriters_oneFollowingReader_everyEventOnce_perUserOrderHolds() throws Exception {
    FeedFixture f = new FeedFixture(TestTenant.create("busy"), DynamoEventFeed.SETTLE);
    String group =
        f.ok(
            "POST",
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Everyone\"}");
    List<String> commits = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    List<JsonNode> read = new ArrayList<>();
    Thread reader = new Thread(() -> follow(f, writing, read));
    reader.start();

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<?>> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(
          pool.submit(() -> {
            for (int u = 0; u < USERS_PER_WRITER; u++) {
              String name = "w" + writer + "u" + u;
              String id =
                  f.ok(
                      "POST",
                      "/Users",
                      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                          + "\"userName\":\""
                          + name
                          + "@busy.test\",\"active\":true}");
              for (int v = 1; v <= 3; v++) {
                f.ok(
                    "PATCH",
                    "/Users/" + id,
                    PATCH_OP
                        + "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"v"
                        + v
                        + "\"}]}");
              }
              f.ok(
                  "PATCH",
                  "/Groups/" + group,
                  PATCH_OP
                      + "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + id
                      + "\"}]}]}");
              f.ok(
                  "PATCH",
                  "/Users/" + id,
                  PATCH_OP + "[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
              commits.add(id);
            }
            return null;
          }));
    }
    for (Future<?> writer : writers) {
      writer.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    writing.set(false);
    reader.join(TimeUnit.MINUTES.toMillis(2));

    int users = WRITERS * USERS_PER_WRITER;
    assertEquals(1 + users * 6, read.size(), "group.created + 6 events per user");
    Set<String> ids = new HashSet<>();
    read.forEach(e -> assertTrue(ids.add(e.get("id").asText()), "seen twice: " + e));
    Map<String, List<String>> perUser = new LinkedHashMap<>();
    for (JsonNode event : read) {
      String userId = event.at("/data/user/id").asText(event.at("/data/userId").asText(null));
      if (userId != null) {
        String label = event.get("type").asText() + event.at("/data/user/displayName").asText("");
        perUser.computeIfAbsent(userId, k -> new ArrayList<>()).add(label);
      }
    }
    assertEquals(Set.copyOf(commits), perUser.keySet());
    List<String> expected =
        List.of(
            "user.created",
            "user.updatedv1",
            "user.updatedv2",
            "user.updatedv3",
            "membership.added",
            "user.deactivatedv3");
    perUser.forEach((user, labels) -> assertEquals(expected, labels, "order of " + user));
  }

  /** Follows the cursor while writers run, then until the window has passed their last write. */
  private static void follow(FeedFixture f, AtomicBoolean writing, List<JsonNode> into) {
    String cursor = null;
    long quietUntil = Long.MAX_VALUE;
    while (System.currentTimeMillis() < quietUntil) {
      if (!writing.get() && quietUntil == Long.MAX_VALUE) {
        quietUntil = System.currentTimeMillis() + DynamoEventFeed.SETTLE.toMillis() + 1_000;
      }
      FeedFixture.Reply page =
          f.admin(
              "GET",
              "/admin/tenants/busy/events?limit=25" + (cursor == null ? "" : "&after=" + cursor),
              null);
      if (page.status() != 200) {
        throw new AssertionError(page.json().toString());
      }
      cursor = page.json().get("nextCursor").asText();
      page.json().get("events").forEach(into::add);
      if (page.json().get("events").isEmpty()) {
        FeedFixture.sleep(200);
      }
    }
  }
}
