package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.store.GrantStore;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.UnknownRoleException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One item per group with grants: {@code (T#<t>#GRANTS, <groupId>)}. Every write also updates the
 * tenant item in the same transaction: {@code groupsWithGrants} when an item is created or removed,
 * {@code grantsVersion} on every put, which the roles check of {@link TenantRoles} holds to.
 */
public final class DynamoGrantStore implements GrantStore {
  private final Dynamo dynamo;
  private final Reads reads;
  private final Batches batches;

  private final Writes writes;
  private final TenantRoles tenantRoles;

  public DynamoGrantStore(Dynamo dynamo) {
    this.dynamo = dynamo;
    this.reads = new Reads(dynamo);
    this.batches = new Batches(dynamo);
    this.writes = new Writes(dynamo);
    this.tenantRoles = new TenantRoles(dynamo);
  }

  @Override
  public List<Grant> get(String tenantId, String groupId) {
    return reads
        .item(Keys.grants(tenantId), groupId)
        .map(item -> GrantValues.from(item.get("grants")))
        .orElse(List.of());
  }

  @Override
  public Map<String, List<Grant>> ofGroups(String tenantId, Collection<String> groupIds) {
    List<Map<String, AttributeValue>> keys =
        new LinkedHashSet<>(groupIds).stream().map(id -> key(tenantId, id)).toList();
    return byGroup(batches.get(keys, null));
  }

  @Override
  public Map<String, List<Grant>> all(String tenantId) {
    return byGroup(reads.prefixed(Keys.grants(tenantId), null));
  }

  private static Map<String, List<Grant>> byGroup(List<Map<String, AttributeValue>> items) {
    Map<String, List<Grant>> out = new TreeMap<>();
    items.forEach(item -> out.put(item.get(Keys.SK).s(), GrantValues.from(item.get("grants"))));
    return out;
  }

  /**
   * One transaction: the grant item (created, or replaced while it exists), the tenant item's
   * {@code grantsVersion} bump (and {@code groupsWithGrants} on creation) conditional on every role
   * named still being one of the tenant's roles, and a check that the group exists. A roles change
   * that commits first makes this {@link UnknownRoleException}; one that commits later sees this
   * write through {@code grantsVersion} ({@link TenantRoles#setRoles}).
   */
  @Override
  public boolean put(String tenantId, String groupId, List<Grant> grants) {
    if (grants.isEmpty()) {
      delete(tenantId, groupId);
      return true;
    }
    Map<String, AttributeValue> item = new HashMap<>(key(tenantId, groupId));
    item.put("grants", GrantValues.of(grants));
    List<String> roles = grants.stream().map(Grant::role).distinct().toList();
    try (RetryBudget.Loop loop = RetryBudget.loop("grants put")) {
      while (true) {
        boolean existed = reads.item(Keys.grants(tenantId), groupId).isPresent();
        Writes.Batch tx = writes.batch();
        tx.putIf(item, exists(existed), Writes.Stale::new);
        tx.add(
            tenantRoles.grantsChanged(tenantId, existed ? 0 : 1, roles), UnknownRoleException::new);
        tx.check(Keys.groups(tenantId), groupId, exists(true), MemberChanges.GroupGone::new);
        try {
          tx.write();
          return true;
        } catch (Writes.Stale changedMeanwhile) {
          loop.pause(changedMeanwhile);
        } catch (MemberChanges.GroupGone gone) {
          return false;
        }
      }
    }
  }

  @Override
  public boolean delete(String tenantId, String groupId) {
    Writes.Batch tx = writes.batch();
    tx.deleteIf(Keys.grants(tenantId), groupId, exists(true), Writes.Stale::new);
    tx.add(tenantRoles.grantsChanged(tenantId, -1, null));
    try {
      tx.write();
      return true;
    } catch (Writes.Stale absent) {
      return false;
    }
  }

  /**
   * Adds to a group's delete transaction the removal of its grants (and the counter), or a check
   * that it has none; a grants write between this read and that transaction is {@link
   * Writes.Stale}, and the delete re-reads.
   */
  void deleteWithGroup(Writes.Batch tx, String tenantId, String groupId) {
    boolean has = reads.item(Keys.grants(tenantId), groupId).isPresent();
    if (has) {
      tx.deleteIf(Keys.grants(tenantId), groupId, exists(true), Writes.Stale::new);
      tx.add(tenantRoles.grantsChanged(tenantId, -1, null));
    } else {
      tx.check(Keys.grants(tenantId), groupId, exists(false), Writes.Stale::new);
    }
  }

  private static Condition exists(boolean exists) {
    return Condition.of(exists ? "attribute_exists(pk)" : "attribute_not_exists(pk)");
  }

  private static Map<String, AttributeValue> key(String tenantId, String groupId) {
    return Map.of(Keys.PK, s(Keys.grants(tenantId)), Keys.SK, s(groupId));
  }
}
