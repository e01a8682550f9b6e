package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.UserStore;
import io.scimgate.store.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link UserStore} contract in memory, for fast tests of the protocol layer; the DynamoDB
 * implementation is exercised by the *IT suites. Single-tenant: the tenant argument is ignored.
 */
final class InMemoryUserStore implements UserStore {
  final TreeMap<String, StoredResource> users = new TreeMap<>();

  /** Conflicts to inject on the next replace calls, to exercise retries. */
  int conflictsToInject;

  @Override
  public synchronized StoredResource create(String tenantId, String id, ObjectNode document) {
    checkUnique(id, document);
    Instant now = Instant.now();
    StoredResource stored = new StoredResource(id, 1, now, now, document.deepCopy());
    users.put(id, stored);
    return stored;
  }

  @Override
  public synchronized Optional<StoredResource> get(String tenantId, String id) {
    return Optional.ofNullable(users.get(id));
  }

  @Override
  public synchronized Optional<StoredResource> replace(
      String tenantId, String id, long expectedVersion, ObjectNode document) {
    StoredResource current = users.get(id);
    if (current == null) {
      return Optional.empty();
    }
    if (conflictsToInject > 0) {
      conflictsToInject--;
      throw new VersionConflictException();
    }
    if (current.version() != expectedVersion) {
      throw new VersionConflictException();
    }
    checkUnique(id, document);
    StoredResource next =
        new StoredResource(
            id, expectedVersion + 1, current.created(), Instant.now(), document.deepCopy());
    users.put(id, next);
    return Optional.of(next);
  }

  @Override
  public synchronized boolean delete(String tenantId, String id, Long expectedVersion) {
    StoredResource current = users.get(id);
    if (current != null && expectedVersion != null && current.version() != expectedVersion) {
      throw new VersionConflictException();
    }
    return users.remove(id) != null;
  }

  @Override
  public synchronized Optional<StoredResource> findByUserName(String tenantId, String userName) {
    return users.values().stream()
        .filter(u -> u.document().path("userName").asText().equalsIgnoreCase(userName))
        .findFirst();
  }

  @Override
  public synchronized Optional<StoredResource> findByExternalId(
      String tenantId, String externalId) {
    return users.values().stream()
        .filter(u -> u.document().path("externalId").asText("\0").equals(externalId))
        .findFirst();
  }

  @Override
  public synchronized List<StoredResource> findByWorkEmail(String tenantId, String email) {
    return users.values().stream()
        .filter(u -> {
          for (var e : u.document().path("emails")) {
            if (e.path("value").asText().equalsIgnoreCase(email)) {
              return true;
            }
          }
          return false;
        })
        .toList();
  }

  @Override
  public synchronized ListPage list(String tenantId, ListQuery query) {
    List<StoredResource> matches = new ArrayList<>();
    for (StoredResource u : users.values()) {
      if (query.match() == null || query.match().test(u.document())) {
        matches.add(u);
      }
    }
    int from = Math.max(1, query.startIndex()) - 1;
    int to = (int) Math.min(matches.size(), (long) from + Math.max(0, query.count()));
    return new ListPage(
        from >= to ? List.of() : List.copyOf(matches.subList(from, to)), matches.size());
  }

  @Override
  public synchronized List<StoredResource> getAll(String tenantId, Collection<String> ids) {
    return ids.stream().map(users::get).filter(u -> u != null).toList();
  }

  @Override
  public synchronized Counts counts(String tenantId) {
    return new Counts(users.size(), users.size());
  }

  private void checkUnique(String id, ObjectNode document) {
    String userName = document.path("userName").asText().toLowerCase(Locale.ROOT);
    String externalId = document.path("externalId").asText(null);
    for (StoredResource other : users.values()) {
      if (other.id().equals(id)) {
        continue;
      }
      if (other.document().path("userName").asText().toLowerCase(Locale.ROOT).equals(userName)) {
        throw new UniqueConflictException("userName");
      }
      if (externalId != null
          && externalId.equals(other.document().path("externalId").asText(null))) {
        throw new UniqueConflictException("externalId");
      }
    }
  }
}
