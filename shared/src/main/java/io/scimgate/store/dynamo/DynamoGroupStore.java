package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.feed.AccessEvents;
import io.scimgate.feed.GroupEvents;
import io.scimgate.store.CleanupSweep;
import io.scimgate.store.GroupStore;
import io.scimgate.store.MissingMemberException;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.StoredResource;
import io.scimgate.store.VersionConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Groups as one item each under {@code T#<t>#GROUP} (document without members), a displayName
 * marker (lower-cased) and an externalId marker under {@code T#<t>#UNIQUE}, and one membership item
 * per (group, user) ({@link Memberships}). Member changes cost O(k) writes ({@link MemberChanges});
 * a delete removes the group atomically and its memberships afterwards ({@link MembershipCleanup}).
 * See docs/decisions/0002-dynamodb-keys.md.
 */
public final class DynamoGroupStore extends ResourceStore implements GroupStore {
  /**
   * Time a delete spends removing memberships before leaving the rest to {@link #resumeCleanup}.
   */
  public static final int DELETE_BUDGET_MILLIS = 20_000;

  static final String DISPLAY_NAME = "displayName";

  private final GroupMemberReads memberReads;
  private final MemberAccessChanges memberAccess;
  private final DynamoGrantStore grants;
  private final int deleteBudgetMillis;

  public DynamoGroupStore(Dynamo dynamo) {
    this(dynamo, Clock.systemUTC(), Listing.MAX_SCAN_ITEMS, DELETE_BUDGET_MILLIS);
  }

  /** For tests: clock, per-request scan bound, and the time a delete may spend on memberships. */
  public DynamoGroupStore(Dynamo dynamo, Clock clock, int maxScanItems, int deleteBudgetMillis) {
    super(dynamo, clock, Kind.GROUPS, maxScanItems);
    this.memberReads = new GroupMemberReads(new Batches(dynamo), memberships, dynamo);
    this.memberAccess = new MemberAccessChanges(dynamo);
    this.grants = new DynamoGrantStore(dynamo, clock);
    this.deleteBudgetMillis = deleteBudgetMillis;
  }

  /**
   * Validates every member with one batched read first (which also yields their display values), so
   * a missing member aborts before anything is written; a member deleted between that read and the
   * write is caught by the ConditionCheck in the transaction.
   */
  @Override
  public StoredResource create(
      String tenantId, String id, ObjectNode document, Collection<String> memberIds) {
    if (!Keys.storableId(id)) {
      throw new IllegalArgumentException("unusable id");
    }
    ObjectNode doc = withoutMembers(document);
    // A new id has no memberships yet: every member is an addition.
    MemberChanges members =
        new MemberChanges(memberIds, displays(tenantId, memberIds), List.of(), Set.of());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    StoredResource group = new StoredResource(id, 1, now, now, doc);
    Writes.Batch first = writes.batch();
    first.putNew(item(tenantId, group), "id");
    String unique = Keys.unique(tenantId);
    first.putNew(Items.marker(unique, Keys.groupNameMarker(displayName(doc)), id), DISPLAY_NAME);
    String externalId = externalId(doc);
    if (externalId != null) {
      first.putNew(
          Items.marker(unique, Keys.groupExternalIdMarker(externalId), id), Items.EXTERNAL_ID);
    }
    first.add(counters.add(tenantId, Map.of(Counters.GROUPS, 1L)));
    first.event(tenantId, GroupEvents.created(group));
    members.write(writes, first, memberships, tenantId, id);
    return group;
  }

  @Override
  public Optional<StoredResource> update(
      String tenantId,
      String id,
      Long expectedVersion,
      ObjectNode document,
      Collection<String> addMembers,
      Collection<String> removeMembers) {
    if (!Keys.storableId(id)) {
      return Optional.empty();
    }
    Map<String, String> displays = displays(tenantId, addMembers);
    List<String> touched =
        java.util.stream.Stream.concat(addMembers.stream(), removeMembers.stream()).toList();
    try (RetryBudget.Loop loop = RetryBudget.loop("group update")) {
      while (true) {
        MemberChanges members =
            new MemberChanges(
                addMembers, displays, removeMembers, memberships.present(tenantId, id, touched));
        if (document == null && members.isEmpty()) {
          // Nothing changes: no write, no version bump, no event; the version is still checked.
          Optional<StoredResource> current = get(tenantId, id);
          if (expectedVersion != null
              && current.isPresent()
              && current.get().version() != expectedVersion) {
            throw new VersionConflictException();
          }
          return current;
        }
        members.attachAccess(memberAccess.of(tenantId, id, members.changed()));
        Writes.Batch first = writes.batch();
        StoredResource replaced = null;
        if (document != null) {
          Optional<Map<String, AttributeValue>> current = item(tenantId, id);
          if (current.isEmpty()) {
            return Optional.empty();
          }
          replaced =
              replaceDocument(
                  first, tenantId, current.get(), expectedVersion, withoutMembers(document));
        } else {
          first.add(bumpVersion(tenantId, id, expectedVersion), VersionConflictException::new);
        }
        try {
          members.write(writes, first, memberships, tenantId, id);
          return replaced != null ? Optional.of(replaced) : get(tenantId, id);
        } catch (VersionConflictException e) {
          if (item(tenantId, id).isEmpty()) {
            return Optional.empty();
          }
          // Unconditional updates re-read and try again; conditional ones report the conflict.
          if (expectedVersion != null) {
            throw e;
          }
          loop.pause(e);
        } catch (MemberChanges.MemberRace race) {
          // A concurrent writer added or removed one of these members: plan again from a fresh
          // read.
          loop.pause(race);
        }
      }
    }
  }

  /**
   * One transaction removes the group item, its name and externalId markers, its grants (with the
   * tenant's count of groups with grants) and records the membership cleanup. It is conditional
   * only on what it derived from the values read — displayName, externalId, and whether the group
   * had grants — so concurrent member changes (which bump the version) do not make it lose; a
   * concurrent rename or grants change makes it re-read, under the retry budget. With {@code
   * expectedVersion} (If-Match), conditional on the version too.
   */
  @Override
  public boolean delete(String tenantId, String id, Long expectedVersion) {
    long drainUntil = clock.millis() + deleteBudgetMillis;
    boolean[] fannedOut = {false};
    return deletes.delete(
        "group delete",
        Keys.groups(tenantId),
        id,
        expectedVersion,
        List.of(DISPLAY_NAME, Items.EXTERNAL_ID),
        (old, tx) -> {
          String unique = Keys.unique(tenantId);
          tx.moveMarker(
              unique, Keys.groupNameMarker(old.get(DISPLAY_NAME).s()), null, id, DISPLAY_NAME);
          tx.moveMarker(
              unique,
              externalIdMarker(Items.string(old, Items.EXTERNAL_ID)),
              null,
              id,
              Items.EXTERNAL_ID);
          tx.add(counters.add(tenantId, Map.of(Counters.GROUPS, -1L)));
          tx.delete(Keys.memberCounts(tenantId), id);
          tx.event(tenantId, GroupEvents.deleted(Items.resource(old)));
          grants.deleteWithGroup(tx, tenantId, id);
          // A group that gave access: its members' access.changed fan out, and that job removes
          // the memberships as it goes (they must stay readable for it). Otherwise the usual
          // cleanup.
          List<io.scimgate.access.Grant> granted =
              AccessFacts.of(dynamo, tenantId).map(f -> f.grantsOf(id)).orElse(List.of());
          fannedOut[0] = !granted.isEmpty();
          if (fannedOut[0]) {
            tx.add(
                AccessJobs.job(
                    dynamo,
                    clock,
                    tenantId,
                    AccessEvents.GROUP_DELETED,
                    id,
                    GrantJson.of(granted),
                    GrantJson.of(List.of())));
          } else {
            tx.add(cleanup.record(tenantId, MembershipCleanup.GROUP, id));
          }
        },
        // Membership reads check that the group exists; what is left, resumeCleanup finishes.
        () -> {
          if (!fannedOut[0]) {
            cleanup.drainGroup(tenantId, id, drainUntil);
          }
        });
  }

  /**
   * Finishes membership cleanups that deletes left pending (budget exhausted, or a user's second
   * look after gsi1 settled) within {@code budgetMillis}; returns how many are still pending.
   */
  public int resumeCleanup(String tenantId, int budgetMillis) {
    return cleanup.resume(tenantId, budgetMillis);
  }

  /** {@link #resumeCleanup} for every tenant, for a scheduled job; returns how many remain. */
  public static int sweepCleanups(Dynamo dynamo, int budgetMillis) {
    return new MembershipCleanup(dynamo, Clock.systemUTC()).sweep(budgetMillis);
  }

  /** {@link #sweepCleanups} as the port the maintenance job holds. */
  public static CleanupSweep cleanupSweep(Dynamo dynamo) {
    return budgetMillis -> sweepCleanups(dynamo, budgetMillis);
  }

  @Override
  public Optional<StoredResource> findByDisplayName(String tenantId, String displayName) {
    return byName(tenantId, Keys.groupNameMarker(displayName), DISPLAY_NAME, displayName);
  }

  @Override
  public MemberPage members(String tenantId, String groupId, String after, int limit) {
    return memberReads.members(tenantId, groupId, after, limit);
  }

  @Override
  public boolean isMember(String tenantId, String groupId, String userId) {
    return memberReads.isMember(tenantId, groupId, userId);
  }

  @Override
  public List<String> groupsOf(String tenantId, String userId) {
    return memberReads.groupsOf(tenantId, userId);
  }

  @Override
  public long count(String tenantId) {
    return counters.read(tenantId).getOrDefault(Counters.GROUPS, 0L);
  }

  @Override
  long total(String tenantId) {
    return count(tenantId);
  }

  private StoredResource replaceDocument(
      Writes.Batch first,
      String tenantId,
      Map<String, AttributeValue> old,
      Long expectedVersion,
      ObjectNode doc) {
    long version = Long.parseLong(old.get(Items.VERSION).n());
    if (expectedVersion != null && expectedVersion != version) {
      throw new VersionConflictException();
    }
    StoredResource before = Items.resource(old);
    StoredResource after =
        new StoredResource(
            before.id(),
            version + 1,
            before.created(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            doc);
    first.putIfVersion(item(tenantId, after), version);
    GroupEvents.updated(before, after).ifPresent(e -> first.event(tenantId, e));
    String unique = Keys.unique(tenantId);
    first.moveMarker(
        unique,
        Keys.groupNameMarker(old.get(DISPLAY_NAME).s()),
        Keys.groupNameMarker(displayName(doc)),
        before.id(),
        DISPLAY_NAME);
    first.moveMarker(
        unique,
        externalIdMarker(Items.string(old, Items.EXTERNAL_ID)),
        externalIdMarker(externalId(doc)),
        before.id(),
        Items.EXTERNAL_ID);
    return after;
  }

  /** Version bump of a membership-only change: conditional on the version, or on existence. */
  private TransactWriteItem bumpVersion(String tenantId, String id, Long expectedVersion) {
    return dynamo.updateAction(u -> {
      u.key(Dynamo.key(Keys.groups(tenantId), id))
          .updateExpression("SET #lm = :now ADD #v :one")
          .expressionAttributeNames(Map.of("#lm", Items.LAST_MODIFIED, "#v", Items.VERSION));
      String now = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
      if (expectedVersion == null) {
        u.conditionExpression("attribute_exists(pk)")
            .expressionAttributeValues(Map.of(":now", s(now), ":one", n(1)));
      } else {
        u.conditionExpression("#v = :expected")
            .expressionAttributeValues(
                Map.of(":now", s(now), ":one", n(1), ":expected", n(expectedVersion)));
      }
    });
  }

  private Map<String, String> displays(String tenantId, Collection<String> userIds) {
    List<String> ids = userIds.stream().distinct().toList();
    for (String id : ids) {
      if (!Keys.storableId(id)) {
        throw new MissingMemberException(id);
      }
    }
    return ids.isEmpty() ? Map.of() : memberships.displays(tenantId, ids);
  }

  private static Map<String, AttributeValue> item(String tenantId, StoredResource group) {
    Map<String, AttributeValue> item = Items.resource(Keys.groups(tenantId), group);
    item.put(DISPLAY_NAME, s(displayName(group.document())));
    String externalId = externalId(group.document());
    if (externalId != null) {
      item.put(Items.EXTERNAL_ID, s(externalId));
    }
    Items.checkSize(item);
    return item;
  }

  private static ObjectNode withoutMembers(ObjectNode document) {
    ObjectNode copy = document.deepCopy();
    copy.remove("members");
    return copy;
  }

  private static String displayName(ObjectNode document) {
    String name = document.path(DISPLAY_NAME).asText("");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a stored group needs a displayName");
    }
    return name;
  }

  private static String externalIdMarker(String externalId) {
    return externalId == null ? null : Keys.groupExternalIdMarker(externalId);
  }

  private static String externalId(ObjectNode document) {
    return Items.text(document.get(Items.EXTERNAL_ID));
  }
}
