package io.scimgate.requestlog;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The per-tenant request log in DynamoDB (docs/decisions/0051-request-log-keys.md): one entry item
 * under {@code T#<t>#REQLOG}, plus a small index item under the status-class partition and, when
 * the request concerns a resource, one under that resource's partition — all three in one
 * BatchWriteItem, all with the same sort key and {@code expiresAt}. Reads are Queries on one
 * partition, newest first; a filtered read then fetches the entries with one BatchGetItem.
 */
public final class DynamoRequestLog {
  public static final int MAX_LIMIT = 100;
  private static final Pattern CURSOR_SK = Pattern.compile("\\d{13}#[A-Za-z0-9=_.-]{1,64}");

  /** A page of entries and the cursor of the next one (null on the last page). */
  public record Page(List<RequestLogEntry> entries, String nextCursor) {}

  private final Dynamo dynamo;
  private final Duration retention;

  public DynamoRequestLog(Dynamo dynamo, Duration retention) {
    this.dynamo = dynamo;
    this.retention = retention;
  }

  public void write(String tenantId, RequestLogEntry e) {
    String sk = RequestLogKeys.entrySk(e.time().toEpochMilli(), e.requestId());
    AttributeValue expires = Dynamo.n(e.time().plus(retention).getEpochSecond());
    String statusClass = StatusClass.of(e.status());
    Map<String, AttributeValue> entry = new HashMap<>(Dynamo.key(RequestLogKeys.log(tenantId), sk));
    entry.put(Keys.EXPIRES_AT, expires);
    entry.put("time", s(e.time().toString()));
    entry.put("method", s(e.method()));
    entry.put("path", s(e.path()));
    entry.put("status", Dynamo.n(e.status()));
    entry.put("latencyMs", AttributeValue.fromN(Double.toString(e.latencyMs())));
    put(entry, "idp", e.idp());
    put(entry, "userAgent", e.userAgent());
    put(entry, "tokenId", e.tokenId());
    put(entry, "resourceId", e.resourceId());
    put(entry, "scimType", e.scimType());
    put(entry, "detail", e.detail());
    put(entry, "request", e.request());
    put(entry, "response", e.response());
    List<WriteRequest> writes = new ArrayList<>();
    writes.add(write(entry));
    writes.add(
        write(index(RequestLogKeys.byStatus(tenantId, statusClass), sk, expires, statusClass)));
    String byResource = RequestLogKeys.byResource(tenantId, e.resourceId());
    if (byResource != null) {
      writes.add(write(index(byResource, sk, expires, statusClass)));
    }
    Map<String, List<WriteRequest>> batch = Map.of(dynamo.table(), writes);
    var unprocessed =
        dynamo
            .call(() -> dynamo.client().batchWriteItem(r -> r.requestItems(batch)))
            .unprocessedItems();
    if (unprocessed != null && !unprocessed.isEmpty()) {
      // One retry; a log entry is best-effort and must not hold the IdP's request any longer.
      dynamo.call(() -> dynamo.client().batchWriteItem(r -> r.requestItems(unprocessed)));
    }
  }

  /**
   * Newest first. {@code statusClass} and {@code resourceId} (either may be null) pick the index
   * partition to read; with both, the resource's partition is read and filtered by status, so a
   * page may be shorter than {@code limit} while {@code nextCursor} is set.
   *
   * @param cursor a {@code nextCursor} from an earlier page, or null
   * @throws IllegalArgumentException when the cursor is not one this log produced
   */
  public Page read(
      String tenantId, int limit, String cursor, String statusClass, String resourceId) {
    String partition;
    if (resourceId != null) {
      partition = RequestLogKeys.byResource(tenantId, resourceId);
      if (partition == null) {
        return new Page(List.of(), null);
      }
    } else if (statusClass != null) {
      partition = RequestLogKeys.byStatus(tenantId, statusClass);
    } else {
      partition = RequestLogKeys.log(tenantId);
    }
    Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(partition)));
    boolean filtered = resourceId != null && statusClass != null;
    if (filtered) {
      values.put(":c", s(statusClass));
    }
    Map<String, AttributeValue> start =
        decode(cursor).map(sk -> Dynamo.key(partition, sk)).orElse(null);
    QueryResponse page =
        dynamo.query(r ->
            r.keyConditionExpression("pk = :pk")
                .filterExpression(filtered ? "statusClass = :c" : null)
                .expressionAttributeValues(values)
                .exclusiveStartKey(start)
                .scanIndexForward(false)
                .limit(limit));
    List<Map<String, AttributeValue>> items =
        partition.equals(RequestLogKeys.log(tenantId))
            ? page.items()
            : entries(tenantId, page.items());
    String next = Dynamo.hasMore(page) ? encode(page.lastEvaluatedKey().get(Keys.SK).s()) : null;
    return new Page(items.stream().map(DynamoRequestLog::entry).toList(), next);
  }

  /** The entries the index items point at, in index order; expired ones are skipped. */
  private List<Map<String, AttributeValue>> entries(
      String tenantId, List<Map<String, AttributeValue>> index) {
    if (index.isEmpty()) {
      return List.of();
    }
    String log = RequestLogKeys.log(tenantId);
    List<Map<String, AttributeValue>> keys =
        index.stream().map(i -> Dynamo.key(log, i.get(Keys.SK).s())).toList();
    Map<String, Map<String, AttributeValue>> found = new HashMap<>();
    Map<String, KeysAndAttributes> pending =
        Map.of(dynamo.table(), KeysAndAttributes.builder().keys(keys).build());
    for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
      Map<String, KeysAndAttributes> ask = pending;
      var response = dynamo.call(() -> dynamo.client().batchGetItem(r -> r.requestItems(ask)));
      response
          .responses()
          .getOrDefault(dynamo.table(), List.of())
          .forEach(i -> found.put(i.get(Keys.SK).s(), i));
      pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
    }
    return index.stream().map(i -> found.get(i.get(Keys.SK).s())).filter(i -> i != null).toList();
  }

  private static Map<String, AttributeValue> index(
      String pk, String sk, AttributeValue expires, String statusClass) {
    Map<String, AttributeValue> item = new HashMap<>(Dynamo.key(pk, sk));
    item.put(Keys.EXPIRES_AT, expires);
    item.put("statusClass", s(statusClass));
    return item;
  }

  private static WriteRequest write(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  private static void put(Map<String, AttributeValue> item, String name, String value) {
    if (value != null) {
      item.put(name, s(value));
    }
  }

  private static RequestLogEntry entry(Map<String, AttributeValue> i) {
    String sk = i.get(Keys.SK).s();
    return new RequestLogEntry(
        Instant.parse(i.get("time").s()),
        sk.substring(sk.indexOf('#') + 1),
        i.get("method").s(),
        i.get("path").s(),
        Integer.parseInt(i.get("status").n()),
        Double.parseDouble(i.get("latencyMs").n()),
        str(i, "idp"),
        str(i, "userAgent"),
        str(i, "tokenId"),
        str(i, "resourceId"),
        str(i, "scimType"),
        str(i, "detail"),
        str(i, "request"),
        str(i, "response"));
  }

  private static String str(Map<String, AttributeValue> item, String name) {
    AttributeValue v = item.get(name);
    return v == null ? null : v.s();
  }

  static String encode(String sk) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(sk.getBytes(StandardCharsets.UTF_8));
  }

  static Optional<String> decode(String cursor) {
    if (cursor == null) {
      return Optional.empty();
    }
    String sk;
    try {
      sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a cursor of this log");
    }
    if (!CURSOR_SK.matcher(sk).matches()) {
      throw new IllegalArgumentException("not a cursor of this log");
    }
    return Optional.of(sk);
  }
}
