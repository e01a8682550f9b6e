package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Users.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.ScanLimitExceededException;
import io.scimgate.store.StoredResource;
import io.scimgate.testing.CountedTable;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import io.scimgate.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserListingIT {
  private static final String T = "acme";
  private static final Predicate<ObjectNode> EVEN = d -> d.path("title").asText().equals("even");
  private final CountedTable table = CountedTable.fresh();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
  private final DynamoUserStore users = new DynamoUserStore(table.dynamo(), clock, 100_000);

  @Test
  void windowsAreIdOrdered_andTotalsCountEverything() {
    seed(users, 25);

    ListPage first = users.list(T, new ListQuery(null, 1, 10, ""));
    ListPage last = users.list(T, new ListQuery(null, 21, 10, ""));
    ListPage beyond = users.list(T, new ListQuery(null, 30, 10, ""));

    assertEquals(ids(0, 10), idsOf(first));
    assertEquals(25, first.totalResults());
    assertEquals(ids(20, 25), idsOf(last));
    assertEquals(25, last.totalResults());
    assertTrue(beyond.resources().isEmpty());
    assertEquals(25, beyond.totalResults());
  }

  @Test
  void countZero_unfiltered_readsNoItemButTheCounters() {
    seed(users, 25);
    table.counter().reset();

    ListPage totals = users.list(T, new ListQuery(null, 1, 0, ""));

    assertEquals(25, totals.totalResults());
    assertTrue(totals.resources().isEmpty());
    Stats stats = table.counter().stats();
    assertEquals(1, stats.totalRequests(), "one Query over the counter shards");
    assertTrue(stats.itemsRead() <= 8, "only counter shards are read: " + stats.itemsRead());
  }

  @Test
  void filteredWindows_andTotals() {
    seed(users, 25);

    ListPage page = users.list(T, new ListQuery(EVEN, 2, 5, "title eq even"));
    ListPage totals = users.list(T, new ListQuery(EVEN, 1, 0, "title eq even"));

    assertEquals(List.of("u002", "u004", "u006", "u008", "u010"), idsOf(page));
    assertEquals(13, page.totalResults());
    assertEquals(13, totals.totalResults());
    assertEquals(List.of(), idsOf(users.list(T, new ListQuery(d -> false, 1, 5, "none"))));
  }

  @Test
  void sequentialImport_readsEachItemAboutOnce() {
    int n = 1000;
    seed(users, n);

    table.counter().reset();
    List<String> unfiltered = importAll(null, "");
    Stats plain = table.counter().stats();

    table.counter().reset();
    List<String> filtered = importAll(d -> true, "all");
    Stats withFilter = table.counter().stats();

    assertEquals(ids(0, n), unfiltered);
    assertEquals(ids(0, n), filtered);
    // Re-reading skipped items would cost n²/(2·100) = 5 000 reads; resuming costs about n.
    assertTrue(plain.itemsRead() <= n + 100, "unfiltered import read " + plain.itemsRead());
    // A filtered import reads everything once on page 1 (for the total), then only its windows.
    assertTrue(
        withFilter.itemsRead() <= 2 * n + 100, "filtered import read " + withFilter.itemsRead());
  }

  @Test
  void expiredBookmark_isIgnored_andThePageIsStillRight() {
    seed(users, 30);
    users.list(T, new ListQuery(null, 1, 10, ""));
    clock.advance(Listing.BOOKMARK_TTL.plusMinutes(1));
    table.counter().reset();

    ListPage second = users.list(T, new ListQuery(null, 11, 10, ""));

    assertEquals(ids(10, 20), idsOf(second));
    assertTrue(
        table.counter().stats().itemsRead() >= 20,
        "skipped items are read again without a bookmark");
  }

  @Test
  void bookmarksAreKeptPerQuery() {
    seed(users, 30);
    users.list(T, new ListQuery(null, 1, 10, ""));

    ListPage evens = users.list(T, new ListQuery(EVEN, 11, 3, "title eq even"));

    assertEquals(List.of("u020", "u022", "u024"), idsOf(evens));
    assertEquals(15, evens.totalResults());
  }

  @Test
  void scanBeyondTheBound_isRefused() {
    DynamoUserStore bounded = new DynamoUserStore(table.dynamo(), clock, 50);
    seed(bounded, 60);

    assertThrows(
        ScanLimitExceededException.class,
        () -> bounded.list(T, new ListQuery(EVEN, 1, 10, "even")));
    assertEquals(10, bounded.list(T, new ListQuery(null, 1, 10, "")).resources().size());
  }

  private List<String> importAll(Predicate<ObjectNode> match, String key) {
    List<String> seen = new ArrayList<>();
    for (int start = 1; ; start += 100) {
      ListPage page = users.list(T, new ListQuery(match, start, 100, key));
      seen.addAll(idsOf(page));
      if (start + 100 > page.totalResults()) {
        return seen;
      }
    }
  }

  private static void seed(DynamoUserStore store, int n) {
    for (int i = 0; i < n; i++) {
      store.create(
          T, String.format("u%03d", i), user("user" + i).put("title", i % 2 == 0 ? "even" : "odd"));
    }
  }

  private static List<String> ids(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> String.format("u%03d", i)).toList();
  }

  private static List<String> idsOf(ListPage page) {
    return page.resources().stream().map(StoredResource::id).toList();
  }
}
