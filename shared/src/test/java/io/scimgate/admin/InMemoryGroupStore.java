package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.GroupStore;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.MissingMemberException;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link GroupStore} contract in memory, for admin tests while the DynamoDB group store is
 * being built on branch {@code store}. Members must be users of the tenant's {@link UserStore};
 * users deleted there drop out of {@link #groupsOf} and {@link #members}, as the real store's
 * cleanup makes them.
 */
final class InMemoryGroupStore implements GroupStore {
  private final UserStore users;
  private final Map<String, TreeMap<String, StoredResource>> groups = new ConcurrentHashMap<>();
  private final Map<String, TreeSet<String>> members = new ConcurrentHashMap<>();

  InMemoryGroupStore(UserStore users) {
    this.users = users;
  }

  private TreeMap<String, StoredResource> of(String tenantId) {
    return groups.computeIfAbsent(tenantId, t -> new TreeMap<>());
  }

  private TreeSet<String> membersOf(String tenantId, String groupId) {
    return members.computeIfAbsent(tenantId + "\n" + groupId, k -> new TreeSet<>());
  }

  @Override
  public synchronized StoredResource create(String tenantId, String id, ObjectNode document, Collection<String> memberIds) {
    requireUsers(tenantId, memberIds);
    StoredResource group = new StoredResource(id, 1, Instant.now(), Instant.now(), document.deepCopy());
    of(tenantId).put(id, group);
    membersOf(tenantId, id).addAll(memberIds);
    return group;
  }

  @Override
  public synchronized Optional<StoredResource> get(String tenantId, String id) {
    return Optional.ofNullable(of(tenantId).get(id));
  }

  @Override
  public synchronized Optional<StoredResource> update(
      String tenantId, String id, Long expectedVersion, ObjectNode document,
      Collection<String> addMembers, Collection<String> removeMembers) {
    StoredResource group = of(tenantId).get(id);
    if (group == null) {
      return Optional.empty();
    }
    requireUsers(tenantId, addMembers);
    membersOf(tenantId, id).addAll(addMembers);
    membersOf(tenantId, id).removeAll(removeMembers);
    StoredResource next = new StoredResource(
        id, group.version() + 1, group.created(), Instant.now(), document == null ? group.document() : document);
    of(tenantId).put(id, next);
    return Optional.of(next);
  }

  @Override
  public synchronized boolean delete(String tenantId, String id) {
    members.remove(tenantId + "\n" + id);
    return of(tenantId).remove(id) != null;
  }

  @Override
  public Optional<StoredResource> findByDisplayName(String tenantId, String displayName) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<StoredResource> findByExternalId(String tenantId, String externalId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ListPage list(String tenantId, ListQuery query) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized List<StoredResource> getAll(String tenantId, Collection<String> ids) {
    return ids.stream().map(of(tenantId)::get).filter(g -> g != null).toList();
  }

  @Override
  public synchronized MemberPage members(String tenantId, String groupId, String after, int limit) {
    List<Member> page = new ArrayList<>();
    TreeSet<String> all = membersOf(tenantId, groupId);
    for (String userId : after == null ? all : all.tailSet(after, false)) {
      if (users.get(tenantId, userId).isEmpty()) {
        continue;
      }
      if (page.size() == limit) {
        return new MemberPage(page, page.get(page.size() - 1).userId());
      }
      page.add(new Member(userId, null));
    }
    return new MemberPage(page, null);
  }

  @Override
  public synchronized boolean isMember(String tenantId, String groupId, String userId) {
    return membersOf(tenantId, groupId).contains(userId);
  }

  @Override
  public synchronized List<String> groupsOf(String tenantId, String userId) {
    return of(tenantId).keySet().stream().filter(g -> membersOf(tenantId, g).contains(userId)).toList();
  }

  @Override
  public synchronized long count(String tenantId) {
    return of(tenantId).size();
  }

  private void requireUsers(String tenantId, Collection<String> ids) {
    for (String id : ids) {
      if (users.get(tenantId, id).isEmpty()) {
        throw new MissingMemberException(id);
      }
    }
  }
}
