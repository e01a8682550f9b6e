package io.scimgate.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Users of a tenant. The store reads the fields it indexes from the SCIM document itself: {@code
 * userName} (unique, case-insensitive), {@code externalId} (unique, exact), {@code active}, and the
 * work email ({@code emails[type eq "work"].value}, else the primary email).
 */
public interface UserStore {

  /** Stores a new user with that id; uniqueness is enforced in the same transaction. */
  StoredResource create(String tenantId, String id, ObjectNode document);

  Optional<StoredResource> get(String tenantId, String id);

  /**
   * Replaces the document if the stored version equals {@code expectedVersion}; otherwise {@link
   * VersionConflictException}. Empty when the user does not exist.
   */
  Optional<StoredResource> replace(
      String tenantId, String id, long expectedVersion, ObjectNode document);

  /**
   * Deletes the user, its uniqueness markers and its memberships; false when absent. Concurrent
   * changes that the delete does not depend on do not make it fail; when it keeps losing to ones it
   * does depend on: {@link RetriesExhaustedException}.
   */
  default boolean delete(String tenantId, String id) {
    return delete(tenantId, id, null);
  }

  /**
   * As {@link #delete(String, String)}; when {@code expectedVersion} is not null, only while the
   * stored version is {@code expectedVersion} (one conditional write), otherwise {@link
   * VersionConflictException} and nothing changes.
   */
  boolean delete(String tenantId, String id, Long expectedVersion);

  /** {@code userName eq} (case-insensitive): a constant number of reads. */
  Optional<StoredResource> findByUserName(String tenantId, String userName);

  Optional<StoredResource> findByExternalId(String tenantId, String externalId);

  /** Users whose work email equals {@code email} case-insensitively: reads one index query. */
  List<StoredResource> findByWorkEmail(String tenantId, String email);

  /** Id-ordered listing (see {@link ListQuery}); bounded scans for non-indexed filters. */
  ListPage list(String tenantId, ListQuery query);

  /** Users by id, in one batched read; missing ids are skipped. */
  List<StoredResource> getAll(String tenantId, Collection<String> ids);

  Counts counts(String tenantId);

  /** Totals kept alongside the writes, so no count needs a scan. */
  record Counts(long total, long active) {}
}
