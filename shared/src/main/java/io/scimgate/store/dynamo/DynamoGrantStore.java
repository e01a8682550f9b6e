package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.feed.AccessEvents;
import io.scimgate.store.GrantStore;
import io.scimgate.store.StoreUnavailableException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One item per group with grants: {@code (T#<t>#GRANTS, <groupId>)}. Creating or removing an item
 * moves the tenant item's {@code groupsWithGrants} counter in the same transaction.
 */
public final class DynamoGrantStore implements GrantStore {
  private static final int MAX_ATTEMPTS = 5;
  /** Revision of a grants item, checked by every change (the fan-out job's {@code before}). */
  private static final String REV = "rev";

  private final Dynamo dynamo;
  private final Clock clock;

  public DynamoGrantStore(Dynamo dynamo) {
    this(dynamo, Clock.systemUTC());
  }

  public DynamoGrantStore(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.clock = clock;
  }

  @Override
  public List<Grant> get(String tenantId, String groupId) {
    return Reads.item(dynamo, Keys.grants(tenantId), groupId)
        .map(item -> GrantValues.from(item.get("grants")))
        .orElse(List.of());
  }

  @Override
  public Map<String, List<Grant>> ofGroups(String tenantId, Collection<String> groupIds) {
    List<Map<String, AttributeValue>> keys =
        new LinkedHashSet<>(groupIds).stream().map(id -> key(tenantId, id)).toList();
    return byGroup(Batches.get(dynamo, keys, null));
  }

  @Override
  public Map<String, List<Grant>> all(String tenantId) {
    return byGroup(Reads.prefixed(dynamo, Keys.grants(tenantId), null));
  }

  private static Map<String, List<Grant>> byGroup(List<Map<String, AttributeValue>> items) {
    Map<String, List<Grant>> out = new TreeMap<>();
    items.forEach(item -> out.put(item.get(Keys.SK).s(), GrantValues.from(item.get("grants"))));
    return out;
  }

  /**
   * Replaces the group's grants in one transaction with, when the tenant's sync is on, the job that
   * fans out {@code access.changed} to the group's members ({@link AccessJobs}). The write is
   * conditional on the revision read, so the job's {@code before} is what the change replaced.
   */
  @Override
  public void put(String tenantId, String groupId, List<Grant> grants) {
    if (grants.isEmpty()) {
      delete(tenantId, groupId);
      return;
    }
    change(tenantId, groupId, grants);
  }

  @Override
  public boolean delete(String tenantId, String groupId) {
    return change(tenantId, groupId, List.of());
  }

  /** Writes {@code grants} (none: delete); false when there was nothing to delete. */
  private boolean change(String tenantId, String groupId, List<Grant> grants) {
    for (int attempt = 1; ; attempt++) {
      Optional<Map<String, AttributeValue>> current = Reads.item(dynamo, Keys.grants(tenantId), groupId);
      List<Grant> old = current.map(i -> GrantValues.from(i.get("grants"))).orElse(List.of());
      if (old.equals(grants)) {
        return current.isPresent();
      }
      AttributeValue rev = current.map(i -> i.get(REV)).orElse(null);
      Map<String, String> names = current.isEmpty() ? null : Map.of("#r", REV);
      Map<String, AttributeValue> values = rev == null ? Map.of() : Map.of(":r", rev);
      String condition =
          current.isEmpty()
              ? "attribute_not_exists(pk)"
              : rev == null ? "attribute_not_exists(#r)" : "#r = :r";
      List<TransactWriteItem> actions = new ArrayList<>();
      if (grants.isEmpty()) {
        actions.add(TransactWriteItem.builder().delete(d -> d.tableName(dynamo.table()).key(key(tenantId, groupId))
            .conditionExpression(condition).expressionAttributeNames(names)
            .expressionAttributeValues(values.isEmpty() ? null : values)).build());
        actions.add(counter(tenantId, -1));
      } else {
        Map<String, AttributeValue> item = new HashMap<>(key(tenantId, groupId));
        item.put("grants", GrantValues.of(grants));
        item.put(REV, Dynamo.n(rev == null ? 1 : Long.parseLong(rev.n()) + 1));
        actions.add(TransactWriteItem.builder().put(p -> p.tableName(dynamo.table()).item(item)
            .conditionExpression(condition).expressionAttributeNames(names)
            .expressionAttributeValues(values.isEmpty() ? null : values)).build());
        if (current.isEmpty()) {
          actions.add(counter(tenantId, 1));
        }
      }
      if (syncEnabled(tenantId)) {
        actions.add(AccessJobs.job(dynamo, clock, tenantId, AccessEvents.GRANTS, groupId,
            GrantJson.of(old), GrantJson.of(grants)));
      }
      try {
        Transactions.write(dynamo, actions, i -> new Raced());
        return true;
      } catch (Raced raced) {
        if (attempt >= MAX_ATTEMPTS) {
          throw new StoreUnavailableException("grants kept changing meanwhile", raced);
        }
      }
    }
  }

  private boolean syncEnabled(String tenantId) {
    return new DynamoTenantStore(dynamo).get(tenantId).map(t -> t.syncEnabled()).orElse(false);
  }

  /** Another writer changed the group's grants between our read and our write. */
  private static final class Raced extends RuntimeException {
    Raced() {
      super("grants changed meanwhile", null, false, false);
    }
  }

  private TransactWriteItem counter(String tenantId, long delta) {
    return TransactWriteItem.builder()
        .update(
            u ->
                u.tableName(dynamo.table())
                    .key(DynamoTenantStore.key(tenantId))
                    .updateExpression("ADD #c :d")
                    .expressionAttributeNames(Map.of("#c", DynamoTenantStore.GROUPS_WITH_GRANTS))
                    .expressionAttributeValues(Map.of(":d", Dynamo.n(delta))))
        .build();
  }

  private static Map<String, AttributeValue> key(String tenantId, String groupId) {
    return Map.of(Keys.PK, s(Keys.grants(tenantId)), Keys.SK, s(groupId));
  }
}
