package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Users.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.ItemTooLargeException;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.UserStore.Counts;
import io.scimgate.store.VersionConflictException;
import io.scimgate.testing.CountedTable;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DynamoUserStoreIT {
  private static final String T = "acme";
  private final CountedTable table = CountedTable.fresh();
  private final DynamoUserStore users = new DynamoUserStore(table.dynamo());

  @Test
  void create_thenGet_returnsTheDocumentAtVersion1() {
    StoredResource created = users.create(T, "u1", user("bjensen", "ext-1"));

    StoredResource read = users.get(T, "u1").orElseThrow();
    assertEquals(1, read.version());
    assertEquals(created, read);
    assertEquals("bjensen", read.document().path("userName").asText());
    assertEquals(new Counts(1, 1), users.counts(T));
  }

  @Test
  void userName_isUniqueCaseInsensitively_andStoredAsSent() {
    users.create(T, "u1", user("BJensen"));

    UniqueConflictException e =
        assertThrows(UniqueConflictException.class, () -> users.create(T, "u2", user("bjensen")));

    assertEquals("userName", e.attribute());
    assertTrue(users.get(T, "u2").isEmpty(), "nothing of the refused user is written");
    assertEquals(new Counts(1, 1), users.counts(T));
    assertEquals(
        "BJensen",
        users.findByUserName(T, "BJENSEN").orElseThrow().document().path("userName").asText());
  }

  @Test
  void externalId_isUniqueExactly() {
    users.create(T, "u1", user("a", "Ext"));

    assertEquals(
        "externalId",
        assertThrows(UniqueConflictException.class, () -> users.create(T, "u2", user("b", "Ext")))
            .attribute());
    users.create(T, "u3", user("c", "ext"));
    assertEquals("u3", users.findByExternalId(T, "ext").orElseThrow().id());
    assertEquals("u1", users.findByExternalId(T, "Ext").orElseThrow().id());
  }

  @Test
  void replace_withStaleVersion_isVersionConflict_andAbsentIsEmpty() {
    users.create(T, "u1", user("bjensen"));
    users.replace(T, "u1", 1, user("bjensen").put("displayName", "Babs"));

    assertThrows(VersionConflictException.class, () -> users.replace(T, "u1", 1, user("bjensen")));
    assertEquals(2, users.get(T, "u1").orElseThrow().version());
    assertTrue(users.replace(T, "nobody", 1, user("x")).isEmpty());
  }

  @Test
  void rename_movesTheMarker_andTheOldNameBecomesFree() {
    users.create(T, "u1", user("old.name", "e1"));

    StoredResource renamed = users.replace(T, "u1", 1, user("New.Name", "e2")).orElseThrow();

    assertEquals(2, renamed.version());
    assertTrue(users.findByUserName(T, "old.name").isEmpty());
    assertTrue(users.findByExternalId(T, "e1").isEmpty());
    assertEquals("u1", users.findByUserName(T, "new.name").orElseThrow().id());
    users.create(T, "u2", user("old.name", "e1"));
    assertEquals(
        "userName",
        assertThrows(
                UniqueConflictException.class, () -> users.replace(T, "u2", 1, user("NEW.NAME")))
            .attribute());
    assertEquals("old.name", users.get(T, "u2").orElseThrow().document().path("userName").asText());
  }

  @Test
  void caseOnlyRename_keepsTheMarker() {
    users.create(T, "u1", user("bjensen"));
    users.replace(T, "u1", 1, user("BJensen"));

    assertEquals(
        "BJensen",
        users.findByUserName(T, "bjensen").orElseThrow().document().path("userName").asText());
    assertThrows(UniqueConflictException.class, () -> users.create(T, "u2", user("bjensen")));
  }

  @Test
  void deactivating_adjustsTheActiveCount() {
    users.create(T, "u1", user("a"));
    users.create(T, "u2", user("b"));

    users.replace(T, "u1", 1, user("a").put("active", false));
    assertEquals(new Counts(2, 1), users.counts(T));
    users.delete(T, "u2");
    assertEquals(new Counts(1, 0), users.counts(T));
    users.delete(T, "u1");
    assertEquals(new Counts(0, 0), users.counts(T));
  }

  @Test
  void delete_removesUserAndMarkers_secondDeleteIsFalse() {
    users.create(T, "u1", user("bjensen", "e1"));

    assertTrue(users.delete(T, "u1"));

    assertTrue(users.get(T, "u1").isEmpty());
    assertFalse(users.delete(T, "u1"));
    users.create(T, "u2", user("bjensen", "e1"));
    assertEquals("u2", users.findByUserName(T, "bjensen").orElseThrow().id());
  }

  @Test
  void indexedLookups_costAConstantNumberOfRequests() {
    IntStream.range(0, 30).forEach(i -> users.create(T, "u" + i, user("user" + i, "x" + i)));
    table.counter().reset();

    assertEquals("u7", users.findByUserName(T, "USER7").orElseThrow().id());
    assertEquals(2, table.counter().stats().totalRequests());
    table.counter().reset();
    assertEquals("u8", users.findByExternalId(T, "x8").orElseThrow().id());
    assertEquals(2, table.counter().stats().totalRequests());
    table.counter().reset();
    assertEquals(
        List.of("u9"),
        users.findByWorkEmail(T, "USER9@example.com").stream().map(StoredResource::id).toList());
    assertEquals(1, table.counter().stats().requests("Query"));
    assertEquals(1, table.counter().stats().totalRequests());
    assertTrue(users.findByUserName(T, "nobody").isEmpty());
  }

  @Test
  void getAll_returnsFoundUsersInTheOrderAsked_acrossBatches() {
    IntStream.range(0, 150)
        .forEach(i -> users.create(T, String.format("u%03d", i), user("user" + i)));
    List<String> ids =
        new java.util.ArrayList<>(
            IntStream.range(0, 150).mapToObj(i -> String.format("u%03d", 149 - i)).toList());
    ids.add(3, "missing");

    List<StoredResource> found = users.getAll(T, ids);

    assertEquals(150, found.size());
    assertEquals("u149", found.get(0).id());
    assertEquals("u000", found.get(149).id());
  }

  @Test
  void oversizedDocument_isRefusedBeforeWriting() {
    ObjectNode huge = user("big");
    huge.put("nickName", "x".repeat(400_000));

    assertThrows(ItemTooLargeException.class, () -> users.create(T, "u1", huge));
    assertTrue(users.findByUserName(T, "big").isEmpty());
  }

  @Test
  void veryLongUserName_andUnusableIds_areHandled() {
    String longName = "n".repeat(3000);
    users.create(T, "u1", user(longName));

    assertEquals("u1", users.findByUserName(T, longName.toUpperCase()).orElseThrow().id());
    assertThrows(UniqueConflictException.class, () -> users.create(T, "u2", user(longName)));
    assertTrue(users.get(T, "x".repeat(5000)).isEmpty());
    assertFalse(users.delete(T, "x".repeat(5000)));
  }
}
