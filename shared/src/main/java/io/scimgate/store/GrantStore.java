package io.scimgate.store;

import io.scimgate.access.Grant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which (community, role) pairs each group of a tenant grants: one item per group that has grants.
 * The store also keeps the tenant's count of groups with grants in step with its writes.
 */
public interface GrantStore {

  /** The group's grants; empty when it has none. */
  List<Grant> get(String tenantId, String groupId);

  /** Grants of those groups, in batched reads; groups without grants are absent from the map. */
  Map<String, List<Grant>> ofGroups(String tenantId, Collection<String> groupIds);

  /**
   * Grants of every group that has any: one query of the tenant's grant partition, whose size is
   * the number of groups with grants (not the number of users or memberships).
   */
  Map<String, List<Grant>> all(String tenantId);

  /**
   * Replaces the group's grants; an empty list is the same as {@link #delete}. False (nothing
   * written) when the group does not exist; {@link UnknownRoleException} when a role named is not
   * one of the tenant's roles at the moment of the write.
   */
  boolean put(String tenantId, String groupId, List<Grant> grants);

  /**
   * Removes the group's grants; {@code false} when it had none. A group's delete removes them in
   * its own transaction, so callers need not.
   */
  boolean delete(String tenantId, String groupId);
}
