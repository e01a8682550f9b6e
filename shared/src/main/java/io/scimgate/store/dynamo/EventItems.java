package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.feed.ChangeEvent;
import io.scimgate.feed.EventIds;
import io.scimgate.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Event items ({@code T#<t>#EVENT}, sort key = event id, see docs/decisions/0060-change-feed.md),
 * built for one transaction attempt: stamped right before the call, so a retried transaction is
 * re-stamped and a committed event's stamp is at most one call duration before its commit.
 */
final class EventItems {
  static final String EVENT = "event";
  static final String TYPE = "type";
  static final String USER_ID = "userId";

  /** Days an event stays readable: template parameter {@code EventRetentionDays}. */
  static final Duration RETENTION = Duration.ofDays(retentionDays());

  private final Dynamo dynamo;
  private final Clock clock;
  private final EventIds.Stamper stamper = new EventIds.Stamper();

  EventItems(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.clock = clock;
  }

  /** One Put per event, in order, all under one stamp. */
  List<TransactWriteItem> puts(String tenantId, List<ChangeEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    EventIds.Stamp stamp = stamper.stamp(clock.instant());
    List<TransactWriteItem> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      ChangeEvent event = events.get(i);
      String id = stamp.id(i);
      Map<String, AttributeValue> item = new HashMap<>(Dynamo.key(Keys.events(tenantId), id));
      item.put(EVENT, s(Json.write(event.render(id, tenantId, stamp.time().toString()))));
      item.put(TYPE, s(event.type().wire()));
      if (event.userId() != null) {
        item.put(USER_ID, s(event.userId()));
      }
      item.put(Keys.EXPIRES_AT, n(stamp.time().plus(RETENTION).getEpochSecond()));
      Items.checkSize(item);
      out.add(dynamo.putAction(p -> p.item(item)));
    }
    return out;
  }

  private static long retentionDays() {
    String days = System.getenv("EVENT_RETENTION_DAYS");
    try {
      return days == null || days.isBlank() ? 35 : Math.max(1, Long.parseLong(days.trim()));
    } catch (NumberFormatException e) {
      return 35;
    }
  }
}
