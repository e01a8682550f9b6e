package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.ScanLimitExceededException;
import io.scimgate.store.StoredResource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Id-ordered listing of one resource partition ({@code T#<t>#USER} or {@code T#<t>#GROUP}) by
 * 1-based {@code startIndex}/{@code count} (RFC 7644 §3.4.2.4), without re-reading skipped items on
 * sequential pages.
 *
 * <p>After serving a full window it writes a bookmark ({@code T#<t>#PAGE}, {@code
 * <kind>#<queryKey>#<nextStartIndex>}, TTL {@link #BOOKMARK_TTL}) holding the last id served and,
 * for a filtered query, the total. The next page finds it with one GetItem and reads only its own
 * window, so an import of n items in pages reads O(n) items. Unfiltered totals come from {@link
 * Counters}; a filtered query's first page reads every item of the tenant to count matches (at most
 * {@link #MAX_SCAN_ITEMS}, else {@link ScanLimitExceededException}). Without a bookmark (first
 * page, expired, or a jump) the skipped items are read once.
 */
record Listing(Dynamo dynamo, String kind, int maxScanItems, Clock clock) {
  /**
   * Items one listing request may read: at ~1 KB per user this is ~100 MB in ~100 Query pages, a
   * few seconds, inside API Gateway's 29 s.
   */
  static final int MAX_SCAN_ITEMS = 100_000;

  static final Duration BOOKMARK_TTL = Duration.ofMinutes(15);
  private static final String LAST_ID = "lastId";
  private static final String TOTAL = "total";

  ListPage list(String tenantId, String partition, ListQuery query, LongSupplier unfilteredTotal) {
    int start = Math.max(1, query.startIndex());
    int count = Math.max(0, query.count());
    boolean filtered = query.match() != null;
    if (count == 0 && !filtered) {
      return new ListPage(List.of(), unfilteredTotal.getAsLong());
    }
    // Filtered and unfiltered listings never share bookmarks, whatever queryKey the caller sends.
    String scope = filtered ? kind + "+filter" : kind;
    Map<String, AttributeValue> bookmark =
        start > 1 && count > 0 ? bookmark(tenantId, scope, query.queryKey(), start) : null;
    Long knownTotal =
        bookmark != null && bookmark.containsKey(TOTAL)
            ? Long.parseLong(bookmark.get(TOTAL).n())
            : null;
    boolean needTotal = filtered && knownTotal == null;

    List<StoredResource> window = new ArrayList<>();
    long position = bookmark != null ? start - 1 : 0;
    long read = 0;
    int pages = 0;
    Map<String, AttributeValue> from =
        bookmark != null ? Dynamo.key(partition, bookmark.get(LAST_ID).s()) : null;
    scan:
    do {
      // Read about what the window still needs; grow when a filter rejects items.
      long needed = Math.max(0, start - 1 - position) + (count - window.size());
      Integer limit = needTotal ? null : (int) Math.min(needed << Math.min(pages, 10), 10_000);
      Map<String, AttributeValue> after = from;
      QueryResponse page =
          dynamo.query(r ->
              r.keyConditionExpression("pk = :pk")
                  .expressionAttributeValues(Map.of(":pk", s(partition)))
                  .exclusiveStartKey(after)
                  .limit(limit)
                  .consistentRead(true));
      pages++;
      for (Map<String, AttributeValue> item : page.items()) {
        if (++read > maxScanItems) {
          throw new ScanLimitExceededException(maxScanItems);
        }
        ObjectNode document = filtered ? Items.document(item) : null;
        if (filtered && !query.match().test(document)) {
          continue;
        }
        position++;
        if (position >= start && window.size() < count) {
          window.add(document == null ? Items.resource(item) : Items.resource(item, document));
        } else if (!needTotal && window.size() >= count) {
          break scan;
        }
      }
      from = Dynamo.hasMore(page) ? page.lastEvaluatedKey() : null;
    } while (from != null && (needTotal || window.size() < count));

    long total =
        !filtered
            ? unfilteredTotal.getAsLong()
            : needTotal ? position : Math.max(knownTotal, start - 1L + window.size());
    if (count > 0 && window.size() == count && start - 1L + count < total) {
      remember(
          tenantId,
          scope,
          query.queryKey(),
          start + count,
          window.getLast().id(),
          filtered ? total : null);
    }
    return new ListPage(window, total);
  }

  private Map<String, AttributeValue> bookmark(
      String tenantId, String scope, String queryKey, int startIndex) {
    // TTL deletion lags expiry (by up to days), so expiry is checked here.
    return new Reads(dynamo)
        .item(Keys.pages(tenantId), Keys.pageSk(scope, queryKey, startIndex))
        .filter(item ->
            Long.parseLong(item.get(Keys.EXPIRES_AT).n()) > clock.instant().getEpochSecond())
        .orElse(null);
  }

  private void remember(
      String tenantId, String scope, String queryKey, int nextStart, String lastId, Long total) {
    Map<String, AttributeValue> item =
        new HashMap<>(Dynamo.key(Keys.pages(tenantId), Keys.pageSk(scope, queryKey, nextStart)));
    item.put(LAST_ID, s(lastId));
    item.put(Keys.EXPIRES_AT, n(clock.instant().plus(BOOKMARK_TTL).getEpochSecond()));
    if (total != null) {
      item.put(TOTAL, n(total));
    }
    dynamo.put(r -> r.item(item));
  }
}
