package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.GroupStore;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The read side of {@link GroupStore} that /Users uses (groupsOf, getAll), in memory. */
final class InMemoryGroupStore implements GroupStore {
  final Map<String, StoredResource> groups = new TreeMap<>();
  final Map<String, TreeSet<String>> members = new TreeMap<>();
  int groupsOfCalls;

  void add(String id, ObjectNode document, String... memberIds) {
    groups.put(id, new StoredResource(id, 1, Instant.now(), Instant.now(), document));
    members.put(id, new TreeSet<>(List.of(memberIds)));
  }

  void removeMember(String userId) {
    members.values().forEach(m -> m.remove(userId));
  }

  @Override
  public List<String> groupsOf(String tenantId, String userId) {
    groupsOfCalls++;
    List<String> out = new ArrayList<>();
    members.forEach((g, m) -> {
      if (m.contains(userId)) {
        out.add(g);
      }
    });
    return out;
  }

  @Override
  public List<StoredResource> getAll(String tenantId, Collection<String> ids) {
    return ids.stream().map(groups::get).filter(g -> g != null).toList();
  }

  @Override
  public boolean isMember(String tenantId, String groupId, String userId) {
    return members.getOrDefault(groupId, new TreeSet<>()).contains(userId);
  }

  @Override
  public Optional<StoredResource> get(String tenantId, String id) {
    return Optional.ofNullable(groups.get(id));
  }

  @Override
  public StoredResource create(String tenantId, String id, ObjectNode document, Collection<String> memberIds) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public Optional<StoredResource> update(String tenantId, String id, Long expectedVersion, ObjectNode document,
      Collection<String> addMembers, Collection<String> removeMembers) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public boolean delete(String tenantId, String id) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public boolean delete(String tenantId, String id, long expectedVersion) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public Optional<StoredResource> findByDisplayName(String tenantId, String displayName) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public Optional<StoredResource> findByExternalId(String tenantId, String externalId) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public ListPage list(String tenantId, ListQuery query) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public MemberPage members(String tenantId, String groupId, String after, int limit) {
    throw new UnsupportedOperationException("not used by /Users");
  }

  @Override
  public long count(String tenantId) {
    return groups.size();
  }
}
