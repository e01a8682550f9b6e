package io.scimgate.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.GroupStore;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.MissingMemberException;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link GroupStore} contract in memory, for fast tests of /Groups and of the group side of
 * /Users. Counts what the DynamoDB store would pay for: membership items written and read,
 * reverse-side queries, and which version conditions writes carried. One tenant-qualified key
 * space, like the table; members must be registered with {@link #addUser} first, as they must exist
 * as users in the table.
 */
public final class InMemoryGroupStore implements GroupStore {
  public final AtomicLong membershipWrites = new AtomicLong();
  public final AtomicLong membershipReads = new AtomicLong();
  public final AtomicLong membershipChecks = new AtomicLong();
  public final AtomicLong groupsOfCalls = new AtomicLong();
  public final AtomicLong documentWrites = new AtomicLong();
  public final AtomicLong lists = new AtomicLong();
  public final List<Long> expectedVersions = Collections.synchronizedList(new ArrayList<>());

  private final Map<String, String> users = new HashMap<>();
  private final Map<String, StoredResource> groups = new TreeMap<>();
  private final Map<String, TreeMap<String, String>> members = new HashMap<>();

  /** Registers a user (id → display) that may become a member. */
  public synchronized void addUser(String tenant, String userId, String display) {
    users.put(key(tenant, userId), display);
  }

  public void resetCounters() {
    membershipWrites.set(0);
    membershipReads.set(0);
    membershipChecks.set(0);
    groupsOfCalls.set(0);
    documentWrites.set(0);
    lists.set(0);
    expectedVersions.clear();
  }

  @Override
  public synchronized StoredResource create(
      String t, String id, ObjectNode document, Collection<String> memberIds) {
    checkUnique(t, id, document);
    memberIds.forEach(u -> requireUser(t, u));
    Instant now = Instant.now();
    StoredResource group = new StoredResource(id, 1, now, now, document.deepCopy());
    groups.put(key(t, id), group);
    TreeMap<String, String> list = new TreeMap<>();
    memberIds.forEach(u -> list.put(u, users.get(key(t, u))));
    members.put(key(t, id), list);
    membershipWrites.addAndGet(list.size());
    documentWrites.incrementAndGet();
    return group;
  }

  @Override
  public synchronized Optional<StoredResource> get(String t, String id) {
    return Optional.ofNullable(groups.get(key(t, id)));
  }

  @Override
  public synchronized Optional<StoredResource> update(
      String t,
      String id,
      Long expectedVersion,
      ObjectNode document,
      Collection<String> add,
      Collection<String> remove) {
    expectedVersions.add(expectedVersion);
    StoredResource stored = groups.get(key(t, id));
    if (stored == null) {
      return Optional.empty();
    }
    if (expectedVersion != null && expectedVersion != stored.version()) {
      throw new VersionConflictException();
    }
    add.forEach(u -> requireUser(t, u));
    if (document != null) {
      checkUnique(t, id, document);
      documentWrites.incrementAndGet();
    }
    TreeMap<String, String> list = members.get(key(t, id));
    for (String u : add) {
      if (list.putIfAbsent(u, users.get(key(t, u))) == null) {
        membershipWrites.incrementAndGet();
      }
    }
    for (String u : remove) {
      if (list.remove(u) != null) {
        membershipWrites.incrementAndGet();
      }
    }
    StoredResource updated =
        new StoredResource(
            id,
            stored.version() + 1,
            stored.created(),
            Instant.now(),
            document != null ? document.deepCopy() : stored.document());
    groups.put(key(t, id), updated);
    return Optional.of(updated);
  }

  @Override
  public synchronized boolean delete(String t, String id, Long expectedVersion) {
    StoredResource current = groups.get(key(t, id));
    if (current != null && expectedVersion != null && current.version() != expectedVersion) {
      throw new io.scimgate.store.VersionConflictException();
    }
    members.remove(key(t, id));
    return groups.remove(key(t, id)) != null;
  }

  @Override
  public synchronized Optional<StoredResource> findByDisplayName(String t, String displayName) {
    return ofTenant(t).stream()
        .filter(g -> g.document().path("displayName").asText().equalsIgnoreCase(displayName))
        .findFirst();
  }

  @Override
  public synchronized Optional<StoredResource> findByExternalId(String t, String externalId) {
    return ofTenant(t).stream()
        .filter(g -> g.document().path("externalId").asText().equals(externalId))
        .findFirst();
  }

  @Override
  public synchronized ListPage list(String t, ListQuery query) {
    lists.incrementAndGet();
    List<StoredResource> matches =
        ofTenant(t).stream()
            .filter(g -> query.match() == null || query.match().test(g.document()))
            .toList();
    int from = Math.min(matches.size(), query.startIndex() - 1);
    int to = (int) Math.min(matches.size(), (long) from + query.count());
    return new ListPage(matches.subList(from, to), matches.size());
  }

  @Override
  public synchronized List<StoredResource> getAll(String t, Collection<String> ids) {
    return ids.stream().map(id -> groups.get(key(t, id))).filter(Objects::nonNull).toList();
  }

  @Override
  public synchronized MemberPage members(String t, String groupId, String after, int limit) {
    TreeMap<String, String> list = members.getOrDefault(key(t, groupId), new TreeMap<>());
    var tail = after == null ? list : list.tailMap(after, false);
    List<Member> page = new ArrayList<>();
    for (var e : tail.entrySet()) {
      if (page.size() == limit) {
        break;
      }
      page.add(new Member(e.getKey(), e.getValue()));
    }
    membershipReads.addAndGet(page.size());
    boolean more = tail.size() > page.size();
    return new MemberPage(page, more ? page.get(page.size() - 1).userId() : null);
  }

  @Override
  public synchronized boolean isMember(String t, String groupId, String userId) {
    membershipChecks.incrementAndGet();
    return members.getOrDefault(key(t, groupId), new TreeMap<>()).containsKey(userId);
  }

  @Override
  public synchronized List<String> groupsOf(String t, String userId) {
    groupsOfCalls.incrementAndGet();
    List<String> out = new ArrayList<>();
    members.forEach((k, list) -> {
      if (k.startsWith(t + "/") && list.containsKey(userId)) {
        out.add(k.substring(t.length() + 1));
      }
    });
    membershipChecks.addAndGet(out.size());
    return out;
  }

  @Override
  public synchronized long count(String t) {
    return ofTenant(t).size();
  }

  /** Member ids of a group, for assertions (not counted). */
  public synchronized List<String> memberIds(String t, String groupId) {
    return List.copyOf(members.getOrDefault(key(t, groupId), new TreeMap<>()).keySet());
  }

  private List<StoredResource> ofTenant(String t) {
    return groups.entrySet().stream()
        .filter(e -> e.getKey().startsWith(t + "/"))
        .map(Map.Entry::getValue)
        .toList();
  }

  private void checkUnique(String t, String id, ObjectNode document) {
    String name = document.path("displayName").asText().toLowerCase(Locale.ROOT);
    for (StoredResource other : ofTenant(t)) {
      if (!other.id().equals(id)
          && other.document().path("displayName").asText().toLowerCase(Locale.ROOT).equals(name)) {
        throw new UniqueConflictException("displayName");
      }
      if (!other.id().equals(id)
          && document.hasNonNull("externalId")
          && document.get("externalId").equals(other.document().get("externalId"))) {
        throw new UniqueConflictException("externalId");
      }
    }
  }

  private void requireUser(String t, String userId) {
    if (!users.containsKey(key(t, userId))) {
      throw new MissingMemberException(userId);
    }
  }

  private static String key(String tenant, String id) {
    return tenant + "/" + id;
  }
}
