package io.scimgate.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Groups of a tenant and their memberships. The group document holds {@code displayName} (unique,
 * case-insensitive) and {@code externalId}, never {@code members}: each membership is one item per
 * (group, user), readable from both sides, so changing k members costs O(k) writes.
 */
public interface GroupStore {

  /** Stores a new group and its initial members; a missing member aborts everything. */
  StoredResource create(
      String tenantId, String id, ObjectNode document, Collection<String> memberIds);

  Optional<StoredResource> get(String tenantId, String id);

  /**
   * Applies a change in one logical operation: a new document (or {@code null} to keep it) and
   * member additions and removals. Adding a present member or removing an absent one is a no-op.
   * Added members must be users of the tenant ({@link MissingMemberException}, nothing written).
   * {@code expectedVersion} of {@code null} means unconditional. Empty when the group is absent.
   */
  Optional<StoredResource> update(
      String tenantId,
      String id,
      Long expectedVersion,
      ObjectNode document,
      Collection<String> addMembers,
      Collection<String> removeMembers);

  /**
   * Deletes the group and (possibly in chunks, see implementation) its memberships; concurrent
   * member changes do not make it fail. False when absent.
   */
  default boolean delete(String tenantId, String id) {
    return delete(tenantId, id, null);
  }

  /**
   * As {@link #delete(String, String)}; when {@code expectedVersion} is not null, only while the
   * stored version is {@code expectedVersion}, otherwise {@link VersionConflictException} and
   * nothing changes.
   */
  boolean delete(String tenantId, String id, Long expectedVersion);

  Optional<StoredResource> findByDisplayName(String tenantId, String displayName);

  Optional<StoredResource> findByExternalId(String tenantId, String externalId);

  ListPage list(String tenantId, ListQuery query);

  List<StoredResource> getAll(String tenantId, Collection<String> ids);

  /** One page of members in user-id order; {@code after} is the last id of the previous page. */
  MemberPage members(String tenantId, String groupId, String after, int limit);

  /** The membership check: one read. */
  boolean isMember(String tenantId, String groupId, String userId);

  /** Ids of the groups a user belongs to (the reverse side), groups that still exist only. */
  List<String> groupsOf(String tenantId, String userId);

  long count(String tenantId);

  /** A member as stored on the membership item. */
  record Member(String userId, String display) {}

  /** A page of members; {@code next} is null on the last page. */
  record MemberPage(List<Member> members, String next) {}
}
