package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.StoredResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk loading for benchmarks: the items the stores write (users with their markers, groups with
 * their marker and membership items, counters), written with BatchWriteItem instead of one
 * transaction per resource. Not for production: nothing here is conditional.
 */
public final class StoreFixtures {
  private final Dynamo dynamo;

  public StoreFixtures(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  /** Users {@code ids} with documents from {@code document}, their markers, and counter totals. */
  public void users(
      String tenantId, List<String> ids, java.util.function.Function<String, ObjectNode> document) {
    Instant now = Instant.now();
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    long active = 0;
    for (String id : ids) {
      ObjectNode doc = document.apply(id);
      UserFields fields = UserFields.of(doc);
      items.add(DynamoUserStore.item(tenantId, new StoredResource(id, 1, now, now, doc), fields));
      items.add(Items.marker(Keys.unique(tenantId), Keys.userNameMarker(fields.userName()), id));
      if (fields.externalId() != null) {
        items.add(
            Items.marker(
                Keys.unique(tenantId), Keys.userExternalIdMarker(fields.externalId()), id));
      }
      active += fields.active() ? 1 : 0;
    }
    new Batches(dynamo).put(items);
    addToCounter(
        tenantId, Map.of(Counters.USERS, (long) ids.size(), Counters.ACTIVE_USERS, active));
  }

  /** A group named {@code displayName} whose members are {@code memberIds} (display = user id). */
  public void group(String tenantId, String groupId, String displayName, List<String> memberIds) {
    group(tenantId, groupId, displayName);
    memberships(tenantId, groupId, memberIds);
  }

  /** The group item, its displayName marker and the group counter; no members. */
  public void group(String tenantId, String groupId, String displayName) {
    Instant now = Instant.now();
    ObjectNode doc = io.scimgate.json.Json.object().put("displayName", displayName);
    Map<String, AttributeValue> group =
        Items.resource(Keys.groups(tenantId), new StoredResource(groupId, 1, now, now, doc));
    group.put(DynamoGroupStore.DISPLAY_NAME, s(displayName));
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    items.add(group);
    items.add(Items.marker(Keys.unique(tenantId), Keys.groupNameMarker(displayName), groupId));
    new Batches(dynamo).put(items);
    addToCounter(tenantId, Map.of(Counters.GROUPS, 1L));
  }

  /** Membership items of {@code groupId} for these users (display = user id). */
  public void memberships(String tenantId, String groupId, List<String> memberIds) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    for (String userId : memberIds) {
      Map<String, AttributeValue> membership =
          new HashMap<>(Memberships.key(tenantId, groupId, userId));
      membership.put(Keys.GSI1_PK, s(Keys.memberOf(tenantId, userId)));
      membership.put(Keys.GSI1_SK, s(groupId));
      membership.put(Memberships.DISPLAY, s(userId));
      items.add(membership);
    }
    new Batches(dynamo).put(items);
  }

  private void addToCounter(String tenantId, Map<String, Long> deltas) {
    var update = new Counters(dynamo).add(tenantId, deltas).update();
    dynamo.call(() ->
        dynamo
            .client()
            .updateItem(r ->
                r.tableName(update.tableName())
                    .key(update.key())
                    .updateExpression(update.updateExpression())
                    .expressionAttributeNames(update.expressionAttributeNames())
                    .expressionAttributeValues(update.expressionAttributeValues())));
  }

  /**
   * Runs {@code load} over {@code ids} in chunks of 1 000 on 4 threads: DynamoDB Local takes about
   * 2 500 items/s that way, about 1 000 on one (benchmark seeding).
   */
  public static void inParallel(List<String> ids, Consumer<List<String>> load) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += 1_000) {
        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
        done.add(pool.submit(() -> load.accept(chunk)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
