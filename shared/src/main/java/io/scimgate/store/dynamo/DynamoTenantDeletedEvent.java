package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.feed.ChangeEvent;
import io.scimgate.feed.EventIds;
import io.scimgate.feed.EventType;
import io.scimgate.json.Json;
import io.scimgate.store.TenantDeletedHook;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Publishes {@code tenant.deleted} once an erasure is done. The event item goes to the system
 * partition {@value #PARTITION}, never under the erased tenant's keys (that would be a leftover of
 * the tenant): the table's stream carries it to EventBridge like every event item, and it expires
 * after {@link #KEPT}. It is not in the tenant's feed ({@code GET .../events}), which the erasure
 * removed with everything else.
 */
public final class DynamoTenantDeletedEvent implements TenantDeletedHook {
  static final String PARTITION = "SYS#EVENTS";

  /** Long enough for the stream function's retries (24 h record age) and a look afterwards. */
  static final Duration KEPT = Duration.ofDays(2);

  private final Dynamo dynamo;
  private final Clock clock;
  private final EventIds.Stamper stamper = new EventIds.Stamper();

  public DynamoTenantDeletedEvent(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.clock = clock;
  }

  @Override
  public void tenantDeleted(String tenantId, Map<String, Long> erased) {
    ObjectNode data = Json.object();
    ObjectNode counts = data.putObject("erased");
    new TreeMap<>(erased).forEach(counts::put);
    EventIds.Stamp stamp = stamper.stamp(clock.instant());
    String id = stamp.id(0);
    ChangeEvent event = new ChangeEvent(EventType.TENANT_DELETED, null, data);
    Map<String, AttributeValue> item = new HashMap<>(Dynamo.key(PARTITION, id));
    item.put(EventItems.EVENT, s(Json.write(event.render(id, tenantId, stamp.time().toString()))));
    item.put(EventItems.TYPE, s(event.type().wire()));
    item.put(Keys.EXPIRES_AT, n(stamp.time().plus(KEPT).getEpochSecond()));
    dynamo.put(r -> r.item(item));
  }
}
