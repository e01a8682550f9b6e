package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.feed.EventFeed;
import io.scimgate.feed.EventIds;
import io.scimgate.json.Json;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The feed reader: one strongly consistent Query of {@code T#<t>#EVENT} for sort keys after the
 * cursor and below the settle horizon {@code now − settle}. Every transaction that can still commit
 * an event below the horizon has committed by then (stamps precede commits by at most {@link
 * io.scimgate.app.SdkClients#CALL_TIMEOUT}), so following the last id never skips or repeats an
 * event. Cost: 1 RCU per 4 KB of events read (≈ 0.25 RCU per 1 KB event), whatever the tenant's
 * size.
 */
public final class DynamoEventFeed implements EventFeed {
  /** Settle window of the deployed service (docs/decisions/0060-change-feed.md). */
  public static final Duration SETTLE = Duration.ofSeconds(10);

  private final Dynamo dynamo;
  private final Clock clock;
  private final Duration settle;

  public DynamoEventFeed(Dynamo dynamo) {
    this(dynamo, Clock.systemUTC(), SETTLE);
  }

  /** For tests: the clock the writers stamp with, and a shorter window. */
  public DynamoEventFeed(Dynamo dynamo, Clock clock, Duration settle) {
    this.dynamo = dynamo;
    this.clock = clock;
    this.settle = settle;
  }

  @Override
  public Page read(String tenantId, String afterId, int limit) {
    String pk = Keys.events(tenantId);
    String horizon = EventIds.millisKey(clock.millis() - settle.toMillis());
    boolean fromStart = afterId == null || afterId.isEmpty();
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", s(pk));
    values.put(":horizon", s(horizon));
    String condition = "pk = :pk and sk < :horizon";
    if (!fromStart) {
      // BETWEEN is inclusive; the cursor's own event is skipped below.
      condition = "pk = :pk and sk between :after and :horizon";
      values.put(":after", s(afterId));
      if (afterId.compareTo(horizon) >= 0) {
        return new Page(List.of(), afterId);
      }
    }
    String keyCondition = condition;
    QueryResponse response =
        dynamo.query(r ->
            r.keyConditionExpression(keyCondition)
                .expressionAttributeValues(values)
                .limit(fromStart ? limit : limit + 1)
                .consistentRead(true));
    long nowSeconds = clock.instant().getEpochSecond();
    List<ObjectNode> events = new ArrayList<>();
    String last = fromStart ? null : afterId;
    int taken = 0;
    for (Map<String, AttributeValue> item : response.items()) {
      String id = item.get(Keys.SK).s();
      if (id.equals(afterId) || id.compareTo(horizon) >= 0) {
        continue;
      }
      if (taken++ == limit) {
        break;
      }
      last = id;
      AttributeValue expires = item.get(Keys.EXPIRES_AT);
      // TTL deletion lags by up to days; an expired event is past retention already.
      if (expires == null || Long.parseLong(expires.n()) > nowSeconds) {
        events.add(parse(item.get(EventItems.EVENT).s()));
      }
    }
    return new Page(events, last);
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) Json.parse(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
