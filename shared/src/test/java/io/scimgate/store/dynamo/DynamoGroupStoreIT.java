package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Users.group;
import static io.scimgate.store.dynamo.Users.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.store.GroupStore.Member;
import io.scimgate.store.GroupStore.MemberPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.MissingMemberException;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.VersionConflictException;
import io.scimgate.testing.CountedTable;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import io.scimgate.testing.TableCounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DynamoGroupStoreIT {
  private static final String T = "acme";
  private final CountedTable table = CountedTable.fresh();
  private final DynamoUserStore users = new DynamoUserStore(table.dynamo());
  private final DynamoGroupStore groups = new DynamoGroupStore(table.dynamo());

  @Test
  void isMember_isFalseForADeletedUser_evenWhileTheMembershipItemLingers() {
    users.create(T, "u1", user("alice"));
    groups.create(T, "g1", group("Admins"), List.of("u1"));
    // What a lagging gsi1 leaves behind for a moment: the user item is gone, the membership not
    // yet.
    table
        .dynamo()
        .client()
        .deleteItem(r -> r.tableName(table.dynamo().table()).key(Dynamo.key(Keys.users(T), "u1")));

    assertFalse(groups.isMember(T, "g1", "u1"));
  }

  @Test
  void create_withMembers_isReadableFromBothSides() {
    users.create(T, "u1", user("alice").put("displayName", "Alice A"));
    users.create(T, "u2", user("bob"));

    StoredResource created =
        groups.create(
            T, "g1", group("Admins").put("externalId", "okta-1"), List.of("u1", "u2", "u1"));

    assertEquals(created, groups.get(T, "g1").orElseThrow());
    assertEquals(
        List.of(new Member("u1", "Alice A"), new Member("u2", "bob")),
        groups.members(T, "g1", null, 10).members());
    assertTrue(groups.isMember(T, "g1", "u2"));
    assertFalse(groups.isMember(T, "g1", "u3"));
    assertEquals(List.of("g1"), groups.groupsOf(T, "u1"));
    assertEquals("g1", groups.findByDisplayName(T, "ADMINS").orElseThrow().id());
    assertEquals("g1", groups.findByExternalId(T, "okta-1").orElseThrow().id());
    assertEquals(1, groups.count(T));
  }

  @Test
  void create_withAMissingMember_writesNothing() {
    users.create(T, "u1", user("alice"));

    MissingMemberException e =
        assertThrows(
            MissingMemberException.class,
            () -> groups.create(T, "g1", group("Admins"), List.of("u1", "ghost")));

    assertEquals("ghost", e.memberId());
    assertTrue(groups.get(T, "g1").isEmpty());
    assertEquals(0, TableCounts.partition(table.dynamo(), Keys.members(T, "g1")));
    assertEquals(0, groups.count(T));
    groups.create(T, "g2", group("admins"), List.of());
  }

  @Test
  void displayName_isUniqueCaseInsensitively_andRenameFreesTheOldName() {
    groups.create(T, "g1", group("Admins"), List.of());
    assertEquals(
        "displayName",
        assertThrows(
                UniqueConflictException.class,
                () -> groups.create(T, "g2", group("ADMINS"), List.of()))
            .attribute());

    StoredResource renamed =
        groups.update(T, "g1", 1L, group("Operators"), List.of(), List.of()).orElseThrow();

    assertEquals(2, renamed.version());
    assertTrue(groups.findByDisplayName(T, "admins").isEmpty());
    groups.create(T, "g2", group("Admins"), List.of());
    assertEquals(
        "displayName",
        assertThrows(
                UniqueConflictException.class,
                () -> groups.update(T, "g2", null, group("operators"), List.of(), List.of()))
            .attribute());
  }

  @Test
  void update_addsAndRemovesIdempotently_andBumpsTheVersionOnlyWhenSomethingChanges() {
    Seed.users(table.dynamo(), T, "u", 5);
    groups.create(T, "g1", group("Admins"), List.of("u00000", "u00001"));

    groups.update(T, "g1", 1L, null, List.of("u00001", "u00002"), List.of("u00000", "u00004"));
    // Adding a present member and removing an absent one changes nothing: no write at all.
    StoredResource after =
        groups.update(T, "g1", null, null, List.of("u00002"), List.of("u00004")).orElseThrow();

    assertEquals(2, after.version());
    assertEquals(List.of("u00001", "u00002"), memberIds("g1"));
    assertThrows(
        VersionConflictException.class,
        () -> groups.update(T, "g1", 1L, null, List.of("u00003"), List.of()));
    assertTrue(groups.update(T, "nope", null, null, List.of("u00003"), List.of()).isEmpty());
    assertTrue(groups.update(T, "nope", 1L, null, List.of(), List.of()).isEmpty());
  }

  @Test
  void update_withAMissingMember_writesNothing() {
    Seed.users(table.dynamo(), T, "u", 3);
    groups.create(T, "g1", group("Admins"), List.of("u00000"));

    assertThrows(
        MissingMemberException.class,
        () ->
            groups.update(
                T, "g1", 1L, group("Renamed"), List.of("u00001", "ghost"), List.of("u00000")));

    assertEquals(1, groups.get(T, "g1").orElseThrow().version());
    assertEquals(List.of("u00000"), memberIds("g1"));
    assertTrue(groups.findByDisplayName(T, "Renamed").isEmpty());
  }

  @Test
  void addingOneMember_costsTheSameWhateverTheGroupSize() {
    List<String> ids = Seed.users(table.dynamo(), T, "u", 2_011);
    groups.create(T, "small", group("Small"), ids.subList(0, 10));
    groups.create(T, "large", group("Large"), ids.subList(10, 2_010));

    Stats small = addAndRemove("small", ids.get(2_010));
    Stats large = addAndRemove("large", ids.get(2_010));

    assertEquals(small.requests(), large.requests());
    assertEquals(small.itemsWritten(), large.itemsWritten());
    assertEquals(small.itemsRead(), large.itemsRead());
    assertEquals(2_000, TableCounts.partition(table.dynamo(), Keys.members(T, "large")));
  }

  @Test
  void changesBeyondOneTransaction_areChunked_andAllApplied() {
    List<String> ids = Seed.users(table.dynamo(), T, "u", 400);
    groups.create(T, "g1", group("Big"), ids.subList(0, 130));

    StoredResource after =
        groups
            .update(T, "g1", 1L, group("Bigger"), ids.subList(130, 400), ids.subList(0, 120))
            .orElseThrow();

    assertEquals(2, after.version());
    assertEquals(280, TableCounts.partition(table.dynamo(), Keys.members(T, "g1")));
    assertTrue(groups.isMember(T, "g1", "u00399"));
    assertFalse(groups.isMember(T, "g1", "u00000"));
  }

  @Test
  void parallelUnconditionalAdds_allLand() throws Exception {
    List<String> ids = Seed.users(table.dynamo(), T, "u", 200);
    groups.create(T, "g1", group("Busy"), List.of());
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 8; t++) {
      List<String> mine = ids.subList(t * 25, t * 25 + 25);
      threads.add(
          Thread.ofPlatform()
              .start(() -> {
                try {
                  mine.forEach(u -> groups.update(T, "g1", null, null, List.of(u), List.of()));
                } catch (Throwable e) {
                  failures.add(e);
                }
              }));
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertEquals(List.of(), failures);
    assertEquals(200, TableCounts.partition(table.dynamo(), Keys.members(T, "g1")));
    assertEquals(201, groups.get(T, "g1").orElseThrow().version());
  }

  @Test
  void deletingAGroupOf3000_leavesNoMembership_andGroupsOfNeverShowsIt() {
    List<String> ids = Seed.users(table.dynamo(), T, "u", 3_000);
    groups.create(T, "keep", group("Keep"), ids.subList(0, 1));
    groups.create(T, "big", group("Big"), ids);
    assertEquals(List.of("big", "keep"), groups.groupsOf(T, ids.get(0)));

    assertTrue(groups.delete(T, "big"));

    assertEquals(0, TableCounts.partition(table.dynamo(), Keys.members(T, "big")));
    assertEquals(List.of("keep"), groups.groupsOf(T, ids.get(0)));
    assertEquals(List.of(), groups.groupsOf(T, ids.get(2_999)));
    assertEquals(0, groups.resumeCleanup(T, 1_000));
    assertTrue(groups.findByDisplayName(T, "big").isEmpty());
    assertEquals(1, groups.count(T));
    assertFalse(groups.delete(T, "big"));
  }

  @Test
  void deleteOutOfBudget_isInvisibleToReaders_andResumedLater() {
    List<String> ids = Seed.users(table.dynamo(), T, "u", 300);
    DynamoGroupStore hurried = new DynamoGroupStore(table.dynamo(), Clock.systemUTC(), 100_000, 0);
    hurried.create(T, "g1", group("Doomed"), ids);

    hurried.delete(T, "g1");

    assertEquals(
        300,
        TableCounts.partition(table.dynamo(), Keys.members(T, "g1")),
        "nothing drained within a zero budget");
    assertEquals(List.of(), hurried.groupsOf(T, ids.get(7)));
    assertFalse(hurried.isMember(T, "g1", ids.get(7)));
    assertTrue(hurried.get(T, "g1").isEmpty());
    assertEquals(0, hurried.list(T, new ListQuery(null, 1, 10, "")).totalResults());
    assertEquals(1, hurried.resumeCleanup(T, 0));

    assertEquals(0, hurried.resumeCleanup(T, 10_000));
    assertEquals(0, TableCounts.partition(table.dynamo(), Keys.members(T, "g1")));
  }

  @Test
  void deletingAUser_removesItsMemberships() {
    users.create(T, "u1", user("alice"));
    users.create(T, "u2", user("bob"));
    groups.create(T, "g1", group("A"), List.of("u1", "u2"));
    groups.create(T, "g2", group("B"), List.of("u1"));

    users.delete(T, "u1");

    assertEquals(List.of("u2"), memberIds("g1"));
    assertEquals(List.of(), memberIds("g2"));
    assertThrows(
        MissingMemberException.class,
        () -> groups.update(T, "g2", null, null, List.of("u1"), List.of()));
  }

  @Test
  void renamingAUser_updatesTheDisplayOnItsMemberships() {
    users.create(T, "u1", user("alice"));
    groups.create(T, "g1", group("A"), List.of("u1"));

    users.replace(T, "u1", 1, user("alice").put("displayName", "Alice Liddell"));

    assertEquals("Alice Liddell", groups.members(T, "g1", null, 10).members().getFirst().display());
  }

  @Test
  void membersArePagedInUserIdOrder() {
    List<String> ids = Seed.users(table.dynamo(), T, "u", 25);
    groups.create(T, "g1", group("A"), ids);

    MemberPage first = groups.members(T, "g1", null, 10);
    MemberPage second = groups.members(T, "g1", first.next(), 10);
    MemberPage third = groups.members(T, "g1", second.next(), 10);

    assertEquals(ids.subList(0, 10), first.members().stream().map(Member::userId).toList());
    assertEquals(ids.subList(10, 20), second.members().stream().map(Member::userId).toList());
    assertEquals(ids.subList(20, 25), third.members().stream().map(Member::userId).toList());
    assertNull(third.next());
  }

  @Test
  void groupsAreListedWithTotalsFromTheCounters() {
    for (int i = 0; i < 12; i++) {
      groups.create(T, String.format("g%02d", i), group("G" + i), List.of());
    }

    var page = groups.list(T, new ListQuery(null, 11, 5, ""));

    assertEquals(List.of("g10", "g11"), page.resources().stream().map(StoredResource::id).toList());
    assertEquals(12, page.totalResults());
    assertEquals(
        List.of("g03", "g01"),
        groups.getAll(T, List.of("g03", "zz", "g01")).stream().map(StoredResource::id).toList());
  }

  private Stats addAndRemove(String groupId, String userId) {
    table.counter().reset();
    groups.update(T, groupId, null, null, List.of(userId), List.of());
    groups.update(T, groupId, null, null, List.of(), List.of(userId));
    return table.counter().stats();
  }

  private List<String> memberIds(String groupId) {
    return groups.members(T, groupId, null, 1_000).members().stream().map(Member::userId).toList();
  }
}
