package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.access.Grant;
import io.scimgate.feed.AccessEvents;
import io.scimgate.store.GrantStore;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.UnknownRoleException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One item per group with grants: {@code (T#<t>#GRANTS, <groupId>)}. Every write also updates the
 * tenant item in the same transaction: {@code groupsWithGrants} when an item is created or removed,
 * {@code grantsVersion} on every put, which the roles check of {@link TenantRoles} holds to.
 */
public final class DynamoGrantStore implements GrantStore {
  /** Revision of a grants item, checked by every change (the fan-out job's {@code before}). */
  private static final String REV = "rev";

  private final Dynamo dynamo;
  private final Clock clock;
  private final Reads reads;
  private final Batches batches;

  private final Writes writes;
  private final TenantRoles tenantRoles;

  public DynamoGrantStore(Dynamo dynamo) {
    this(dynamo, Clock.systemUTC());
  }

  public DynamoGrantStore(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.clock = clock;
    this.reads = new Reads(dynamo);
    this.batches = new Batches(dynamo);
    this.writes = new Writes(dynamo, clock);
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
   * One transaction: the grant item (created, or replaced conditional on the revision read, so the
   * fan-out job's {@code before} is what the change replaced), the tenant item's {@code
   * grantsVersion} bump (and {@code groupsWithGrants} on creation) conditional on every role named
   * still being one of the tenant's roles, a check that the group exists and, when the tenant's
   * sync is on, the job that fans out {@code access.changed} to the group's members ({@link
   * AccessJobs}). A roles change that commits first makes this {@link UnknownRoleException}; one
   * that commits later sees this write through {@code grantsVersion} ({@link
   * TenantRoles#setRoles}).
   */
  @Override
  public boolean put(String tenantId, String groupId, List<Grant> grants) {
    if (grants.isEmpty()) {
      delete(tenantId, groupId);
      return true;
    }
    return change(tenantId, groupId, grants);
  }

  @Override
  public boolean delete(String tenantId, String groupId) {
    return change(tenantId, groupId, List.of());
  }

  /**
   * Writes {@code grants} (none: delete); false when there was nothing to delete, or the group is
   * gone.
   */
  private boolean change(String tenantId, String groupId, List<Grant> grants) {
    List<String> roles = grants.stream().map(Grant::role).distinct().toList();
    try (RetryBudget.Loop loop = RetryBudget.loop("grants change")) {
      while (true) {
        Optional<Map<String, AttributeValue>> current = reads.item(Keys.grants(tenantId), groupId);
        List<Grant> old = current.map(i -> GrantValues.from(i.get("grants"))).orElse(List.of());
        if (old.equals(grants)) {
          return current.isPresent();
        }
        AttributeValue rev = current.map(i -> i.get(REV)).orElse(null);
        Writes.Batch tx = writes.batch();
        if (grants.isEmpty()) {
          tx.deleteIf(Keys.grants(tenantId), groupId, revision(current, rev), Writes.Stale::new);
          tx.add(tenantRoles.grantsChanged(tenantId, -1, null));
        } else {
          Map<String, AttributeValue> item = new HashMap<>(key(tenantId, groupId));
          item.put("grants", GrantValues.of(grants));
          item.put(REV, Dynamo.n(rev == null ? 1 : Long.parseLong(rev.n()) + 1));
          tx.putIf(item, revision(current, rev), Writes.Stale::new);
          tx.add(
              tenantRoles.grantsChanged(tenantId, current.isPresent() ? 0 : 1, roles),
              UnknownRoleException::new);
          tx.check(Keys.groups(tenantId), groupId, exists(true), MemberChanges.GroupGone::new);
        }
        if (syncEnabled(tenantId)) {
          tx.add(
              AccessJobs.job(
                  dynamo,
                  clock,
                  tenantId,
                  AccessEvents.GRANTS,
                  groupId,
                  GrantJson.of(old),
                  GrantJson.of(grants)));
        }
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

  /** The item is as read: absent, or present with that revision (or none yet). */
  private static Condition revision(
      Optional<Map<String, AttributeValue>> current, AttributeValue rev) {
    if (current.isEmpty()) {
      return exists(false);
    }
    if (rev == null) {
      return new Condition(
          "attribute_exists(pk) AND attribute_not_exists(#r)", Map.of("#r", REV), null);
    }
    return new Condition("#r = :r", Map.of("#r", REV), Map.of(":r", rev));
  }

  private boolean syncEnabled(String tenantId) {
    return new DynamoTenantStore(dynamo).get(tenantId).map(t -> t.syncEnabled()).orElse(false);
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
