package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.feed.EventIds;
import io.scimgate.json.Json;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Fan-out jobs of {@code access.changed} for changes that touch many users (a group's grants, the
 * default grants, the roles, the sync flag). The change writes its job in its own transaction:
 * {@code (T#<t>#, FANOUT#<stamp>)}, in gsi1 {@code SYS#FANOUT} for the sweep of all tenants, with
 * the changed fact's value {@code before} and {@code after} as JSON. {@link AccessFanOut} works
 * through the affected users in chunks, advancing the job's {@code cursor} in the same transaction
 * as the chunk's events, so each event commits exactly once however runs overlap.
 */
final class AccessJobs {
  static final String PREFIX = "FANOUT#";
  static final String SWEEP_PARTITION = "SYS#FANOUT";
  static final String TENANT = "tenant";
  static final String KIND = "kind";
  static final String GROUP_ID = "groupId";
  static final String BEFORE = "before";
  static final String AFTER = "after";
  static final String CURSOR = "cursor";

  private static final EventIds.Stamper STAMPS = new EventIds.Stamper();

  private AccessJobs() {}

  /** The Put of a new job, to go into the transaction that makes the change. */
  static TransactWriteItem job(
      Dynamo dynamo,
      Clock clock,
      String tenantId,
      String kind,
      String groupId,
      JsonNode before,
      JsonNode after) {
    String sk = PREFIX + STAMPS.stamp(clock.instant()).id(0);
    Map<String, AttributeValue> item = new HashMap<>(Dynamo.key(Keys.tenant(tenantId), sk));
    item.put(TENANT, s(tenantId));
    item.put(KIND, s(kind));
    if (groupId != null) {
      item.put(GROUP_ID, s(groupId));
    }
    item.put(BEFORE, s(Json.write(before)));
    item.put(AFTER, s(Json.write(after)));
    item.put(Keys.GSI1_PK, s(SWEEP_PARTITION));
    item.put(Keys.GSI1_SK, s(Keys.tenant(tenantId) + sk));
    return dynamo.putAction(p -> p.item(item));
  }
}
