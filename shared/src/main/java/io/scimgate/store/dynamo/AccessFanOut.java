package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.access.Grant;
import io.scimgate.feed.AccessEvents;
import io.scimgate.feed.FanOutSweep;
import io.scimgate.json.Json;
import io.scimgate.store.TenantStore.Tenant;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Works through {@link AccessJobs}: per chunk of {@link #CHUNK} affected users (the group's
 * members, or every user of the tenant), computes each one's effective grants with the changed fact
 * at its {@code before} and at its {@code after} value (everything else as it is now) and commits
 * the {@code access.changed} events that differ together with the job's new cursor, conditional on
 * the cursor read: a chunk commits once even when sweeps overlap. A tenant's jobs run oldest first.
 * Cost per user: one gsi1 Query and two batched reads, plus 2 WCU per event.
 */
public final class AccessFanOut implements FanOutSweep {
  static final int CHUNK = 40;

  private final Dynamo dynamo;
  private final Writes writes;
  private final Clock clock;

  public AccessFanOut(Dynamo dynamo, Clock clock) {
    this.dynamo = dynamo;
    this.writes = new Writes(dynamo, clock);
    this.clock = clock;
  }

  /** Runs pending jobs of every tenant within the budget; returns how many remain. */
  @Override
  public int sweep(int budgetMillis) {
    long deadline = clock.millis() + budgetMillis;
    List<Map<String, AttributeValue>> jobs = dynamo.gsi1(AccessJobs.SWEEP_PARTITION);
    Map<String, List<String>> byTenant = new TreeMap<>();
    jobs.forEach(j ->
        byTenant
            .computeIfAbsent(j.get(AccessJobs.TENANT).s(), t -> new ArrayList<>())
            .add(j.get(Keys.SK).s()));
    int pending = 0;
    for (Map.Entry<String, List<String>> tenant : byTenant.entrySet()) {
      List<String> ordered = tenant.getValue().stream().sorted().toList();
      for (int i = 0; i < ordered.size(); i++) {
        // Oldest first: a later job of the tenant waits until the earlier one is done.
        if (!run(
            tenant.getKey(), ordered.get(i), ordered.subList(i + 1, ordered.size()), deadline)) {
          pending += ordered.size() - i;
          break;
        }
      }
    }
    return pending;
  }

  /**
   * True when the job is finished (or gone). The facts that {@code later} jobs changed since are
   * taken at their {@code before} values: the state right after this job's change.
   */
  private boolean run(String tenantId, String jobSk, List<String> later, long deadline) {
    List<FanOutState.Fact> since = new ArrayList<>();
    for (String sk : later) {
      new Reads(dynamo)
          .item(Keys.tenant(tenantId), sk)
          .ifPresent(j ->
              since.add(
                  new FanOutState.Fact(
                      j.get(AccessJobs.KIND).s(),
                      Items.string(j, AccessJobs.GROUP_ID),
                      parse(j.get(AccessJobs.BEFORE).s()))));
    }
    while (clock.millis() < deadline) {
      Optional<Map<String, AttributeValue>> job =
          new Reads(dynamo).item(Keys.tenant(tenantId), jobSk);
      if (job.isEmpty()) {
        return true;
      }
      try {
        chunk(tenantId, job.get(), since);
      } catch (CursorMoved overlapping) {
        // Another sweep committed this chunk: read the job again.
      }
    }
    return false;
  }

  private void chunk(
      String tenantId, Map<String, AttributeValue> job, List<FanOutState.Fact> since) {
    String kind = job.get(AccessJobs.KIND).s();
    String groupId = Items.string(job, AccessJobs.GROUP_ID);
    String cursor = Items.string(job, AccessJobs.CURSOR);
    JsonNode before = parse(job.get(AccessJobs.BEFORE).s());
    JsonNode after = parse(job.get(AccessJobs.AFTER).s());
    Tenant tenant = new DynamoTenantStore(dynamo).get(tenantId).orElse(null);
    boolean groupDeleted = AccessEvents.GROUP_DELETED.equals(kind);
    String pk = groupId != null ? Keys.members(tenantId, groupId) : Keys.users(tenantId);
    QueryResponse page =
        dynamo.query(r ->
            r.keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk)))
                .exclusiveStartKey(cursor == null ? null : Dynamo.key(pk, cursor))
                .limit(CHUNK)
                .consistentRead(true));
    List<String> userIds = page.items().stream().map(i -> i.get(Keys.SK).s()).toList();
    boolean done = !Dynamo.hasMore(page) || tenant == null;
    Writes.Batch batch = writes.batch();
    batch.add(
        done ? finish(tenantId, job, cursor) : advance(tenantId, job, cursor, userIds.getLast()),
        CursorMoved::new);
    if (tenant != null && !userIds.isEmpty()) {
      AccessFacts facts = AccessFacts.unchecked(dynamo, tenant);
      Map<String, Boolean> active = AccessFacts.activeOf(dynamo, tenantId, userIds);
      for (String userId : userIds) {
        if (groupDeleted) {
          // The job is the deleted group's membership cleanup too (its delete left them for it).
          batch.add(new Memberships(dynamo).delete(tenantId, groupId, userId));
        }
        if (!active.getOrDefault(userId, false)) {
          continue;
        }
        Map<String, List<Grant>> groups = facts.groupGrants(userId, groupId);
        AccessEvents.changed(
                userId,
                FanOutState.access(
                    tenant, groups, since, new FanOutState.Fact(kind, groupId, before)),
                FanOutState.access(
                    tenant, groups, since, new FanOutState.Fact(kind, groupId, after)),
                kind,
                groupId)
            .ifPresent(e -> batch.event(tenantId, e));
      }
    }
    batch.write();
  }

  private TransactWriteItem advance(
      String tenantId, Map<String, AttributeValue> job, String cursor, String last) {
    return dynamo.updateAction(u ->
        u.key(Dynamo.key(Keys.tenant(tenantId), job.get(Keys.SK).s()))
            .updateExpression("SET #c = :next")
            .conditionExpression(
                cursor == null
                    ? "attribute_exists(pk) and attribute_not_exists(#c)"
                    : "#c = :cursor")
            .expressionAttributeNames(Map.of("#c", AccessJobs.CURSOR))
            .expressionAttributeValues(
                cursor == null
                    ? Map.of(":next", s(last))
                    : Map.of(":next", s(last), ":cursor", s(cursor))));
  }

  private TransactWriteItem finish(
      String tenantId, Map<String, AttributeValue> job, String cursor) {
    return dynamo.deleteAction(d ->
        d.key(Dynamo.key(Keys.tenant(tenantId), job.get(Keys.SK).s()))
            .conditionExpression(
                cursor == null
                    ? "attribute_exists(pk) and attribute_not_exists(#c)"
                    : "#c = :cursor")
            .expressionAttributeNames(Map.of("#c", AccessJobs.CURSOR))
            .expressionAttributeValues(cursor == null ? null : Map.of(":cursor", s(cursor))));
  }

  private static JsonNode parse(String json) {
    try {
      return Json.parse(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The job's cursor is not where this chunk started: another sweep got there first. */
  private static final class CursorMoved extends RuntimeException {
    CursorMoved() {
      super("fan-out cursor moved", null, false, false);
    }
  }
}
