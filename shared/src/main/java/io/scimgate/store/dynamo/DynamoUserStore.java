package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.bool;
import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.CommunityAccess;
import io.scimgate.feed.AccessEvents;
import io.scimgate.feed.ChangeEvent;
import io.scimgate.feed.UserEvents;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.UserStore;
import io.scimgate.store.VersionConflictException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Users as one item each under {@code T#<t>#USER} (sort key = id), with uniqueness markers for
 * userName (lower-cased) and externalId under {@code T#<t>#UNIQUE}, the work email in gsi1 ({@code
 * T#<t>#EMAIL#<lower email>}), and sharded {@link Counters}; every write of a user and its markers
 * and counters is one transaction. See docs/decisions/0002-dynamodb-keys.md.
 */
public final class DynamoUserStore extends ResourceStore implements UserStore {
  /** Items one listing request may read before {@code ScanLimitExceededException}. */
  public static final int MAX_SCAN_ITEMS = Listing.MAX_SCAN_ITEMS;

  static final String USER_NAME = "userName";
  static final String ACTIVE = "active";
  static final String EMAIL = "email";

  public DynamoUserStore(Dynamo dynamo) {
    this(dynamo, Clock.systemUTC(), Listing.MAX_SCAN_ITEMS);
  }

  /** For tests: a clock for timestamps and bookmark expiry, and the per-request scan bound. */
  public DynamoUserStore(Dynamo dynamo, Clock clock, int maxScanItems) {
    super(dynamo, clock, Kind.USERS, maxScanItems);
  }

  @Override
  public StoredResource create(String tenantId, String id, ObjectNode document) {
    if (!Keys.storableId(id)) {
      throw new IllegalArgumentException("unusable id");
    }
    UserFields fields = UserFields.of(document);
    var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    StoredResource user = new StoredResource(id, 1, now, now, document.deepCopy());
    Writes.Batch tx = writes.batch();
    tx.putNew(item(tenantId, user, fields), "id");
    tx.putNew(
        Items.marker(Keys.unique(tenantId), Keys.userNameMarker(fields.userName()), id), USER_NAME);
    if (fields.externalId() != null) {
      tx.putNew(
          Items.marker(Keys.unique(tenantId), Keys.userExternalIdMarker(fields.externalId()), id),
          Items.EXTERNAL_ID);
    }
    tx.add(
        counters.add(
            tenantId,
            Counters.deltas(Counters.USERS, 1, Counters.ACTIVE_USERS, fields.active() ? 1 : 0)));
    // One read of the tenant item serves both events: the invite flag and the grant facts.
    Optional<Tenant> tenant = new DynamoTenantStore(dynamo).get(tenantId);
    tx.event(tenantId, UserEvents.created(user, tenant.map(Tenant::inviteOnCreate).orElse(false)));
    // A new active user of a synchronised tenant gains its default grants at once: that is an
    // access change too, caused by the default grants (a new user belongs to no group yet).
    tenant
        .filter(t -> fields.active() && t.syncEnabled())
        .flatMap(t ->
            AccessEvents.changed(
                id,
                List.of(),
                AccessFacts.unchecked(dynamo, t).grants(id, true, null, null),
                AccessEvents.DEFAULT_GRANTS,
                null))
        .ifPresent(e -> tx.event(tenantId, e));
    tx.write();
    return user;
  }

  @Override
  public Optional<StoredResource> replace(
      String tenantId, String id, long expectedVersion, ObjectNode document) {
    Optional<Map<String, AttributeValue>> current = item(tenantId, id);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> old = current.get();
    if (Long.parseLong(old.get(Items.VERSION).n()) != expectedVersion) {
      throw new VersionConflictException();
    }
    UserFields before = fields(old);
    UserFields after = UserFields.of(document);
    StoredResource user =
        new StoredResource(
            id,
            expectedVersion + 1,
            Items.resource(old).created(),
            clock.instant().truncatedTo(ChronoUnit.MILLIS),
            document.deepCopy());
    Writes.Batch tx = writes.batch();
    tx.putIfVersion(item(tenantId, user, after), expectedVersion);
    String unique = Keys.unique(tenantId);
    tx.moveMarker(
        unique,
        Keys.userNameMarker(before.userName()),
        Keys.userNameMarker(after.userName()),
        id,
        USER_NAME);
    tx.moveMarker(unique, externalIdMarker(before), externalIdMarker(after), id, Items.EXTERNAL_ID);
    if (after.active() != before.active()) {
      tx.add(counters.add(tenantId, Map.of(Counters.ACTIVE_USERS, after.active() ? 1L : -1L)));
    }
    UserEvents.replaced(Items.resource(old), user).ifPresent(e -> tx.event(tenantId, e));
    if (after.active() != before.active()) {
      String cause = after.active() ? AccessEvents.REACTIVATION : AccessEvents.DEACTIVATION;
      accessChange(tenantId, id, before.active(), after.active(), cause)
          .ifPresent(e -> tx.event(tenantId, e));
    }
    try {
      tx.write();
    } catch (VersionConflictException e) {
      if (item(tenantId, id).isEmpty()) {
        return Optional.empty();
      }
      throw e;
    }
    if (!after.display().equals(before.display())) {
      memberships.refreshDisplay(tenantId, id, after.display());
    }
    return Optional.of(user);
  }

  /**
   * The delete is conditional on what it removes besides the user item: the userName and externalId
   * markers and the active counter are derived from the values read, so the delete holds only while
   * those are unchanged. A concurrent PATCH of anything else does not make it lose; one that
   * renames or (de)activates the user makes it re-read, under the retry budget. With {@code
   * expectedVersion}, the one transaction is conditional on it too: a stale version changes
   * nothing.
   */
  @Override
  public boolean delete(String tenantId, String id, Long expectedVersion) {
    return deletes.delete(
        "user delete",
        Keys.users(tenantId),
        id,
        expectedVersion,
        List.of(USER_NAME, Items.EXTERNAL_ID, ACTIVE),
        (old, tx) -> {
          UserFields fields = fields(old);
          String unique = Keys.unique(tenantId);
          tx.moveMarker(unique, Keys.userNameMarker(fields.userName()), null, id, USER_NAME);
          tx.moveMarker(unique, externalIdMarker(fields), null, id, Items.EXTERNAL_ID);
          tx.add(
              counters.add(
                  tenantId,
                  Counters.deltas(
                      Counters.USERS, -1, Counters.ACTIVE_USERS, fields.active() ? -1 : 0)));
          tx.add(cleanup.record(tenantId, MembershipCleanup.USER, id));
          tx.event(tenantId, UserEvents.deleted(Items.resource(old)));
          accessChange(tenantId, id, fields.active(), false, AccessEvents.USER_DELETED)
              .ifPresent(e -> tx.event(tenantId, e));
        },
        // Readers check that the user exists, so memberships left behind no longer count.
        () -> cleanup.drainUser(tenantId, id));
  }

  @Override
  public Optional<StoredResource> findByUserName(String tenantId, String userName) {
    return byName(tenantId, Keys.userNameMarker(userName), USER_NAME, userName);
  }

  /**
   * One gsi1 Query; the index is eventually consistent (a write of the last second may be missing).
   */
  @Override
  public List<StoredResource> findByWorkEmail(String tenantId, String email) {
    String wanted = email.toLowerCase(Locale.ROOT);
    return dynamo.gsi1(Keys.workEmailKey(tenantId, email)).stream()
        .filter(i ->
            wanted.equals(Objects.toString(Items.string(i, EMAIL), "").toLowerCase(Locale.ROOT)))
        .map(Items::resource)
        .toList();
  }

  @Override
  public Counts counts(String tenantId) {
    Map<String, Long> sums = counters.read(tenantId);
    return new Counts(
        sums.getOrDefault(Counters.USERS, 0L), sums.getOrDefault(Counters.ACTIVE_USERS, 0L));
  }

  /**
   * {@code access.changed} of a write that flips whether the user counts (deactivation,
   * reactivation, delete): the grants with the user's groups when active, none otherwise.
   */
  private Optional<ChangeEvent> accessChange(
      String tenantId, String id, boolean wasActive, boolean isActive, String cause) {
    if (!wasActive && !isActive) {
      return Optional.empty();
    }
    return AccessFacts.of(dynamo, tenantId)
        .flatMap(facts -> {
          List<CommunityAccess> grants = facts.grants(id, true, null, null);
          return AccessEvents.changed(
              id, wasActive ? grants : List.of(), isActive ? grants : List.of(), cause, null);
        });
  }

  /** The user item: the resource plus the indexed fields. */
  static Map<String, AttributeValue> item(String tenantId, StoredResource user, UserFields fields) {
    Map<String, AttributeValue> item = Items.resource(Keys.users(tenantId), user);
    item.put(USER_NAME, s(fields.userName()));
    item.put(ACTIVE, bool(fields.active()));
    item.put(Memberships.DISPLAY, s(fields.display()));
    if (fields.externalId() != null) {
      item.put(Items.EXTERNAL_ID, s(fields.externalId()));
    }
    if (fields.workEmail() != null) {
      item.put(EMAIL, s(fields.workEmail()));
      item.put(Keys.GSI1_PK, s(Keys.workEmailKey(tenantId, fields.workEmail())));
      item.put(Keys.GSI1_SK, s(user.id()));
    }
    Items.checkSize(item);
    return item;
  }

  private static UserFields fields(Map<String, AttributeValue> item) {
    return new UserFields(
        item.get(USER_NAME).s(),
        Items.string(item, Items.EXTERNAL_ID),
        item.get(ACTIVE).bool(),
        Items.string(item, EMAIL),
        Items.string(item, Memberships.DISPLAY));
  }

  private static String externalIdMarker(UserFields fields) {
    return fields.externalId() == null ? null : Keys.userExternalIdMarker(fields.externalId());
  }

  @Override
  long total(String tenantId) {
    return counts(tenantId).total();
  }
}
