package io.scimgate.store;

import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenant record: that the tenant exists, and its settings. Setters return {@code false} when
 * the tenant does not exist (nothing is written then).
 */
public interface TenantStore {

  /**
   * @param roles the tenant's roles, {@link RoleLadder#DEFAULT} until it sets its own
   * @param storedAttributes optional user attributes the tenant keeps; {@code null}: all of them
   * @param groupsWithGrants counter kept by the grant store alongside its writes
   * @param inviteOnCreate whether {@code user.created} events carry {@code "invite": true}
   * @param requiredAttributes User attributes every create/replace must carry (canonical paths)
   * @param deleting true from the moment an erase of the tenant began ({@link TenantErasure})
   */
  record Tenant(
      String tenantId,
      Instant createdAt,
      boolean syncEnabled,
      RoleLadder roles,
      List<Grant> defaultGrants,
      List<String> storedAttributes,
      long groupsWithGrants,
      boolean inviteOnCreate,
      List<String> requiredAttributes,
      boolean deleting) {

    public Tenant {
      defaultGrants = List.copyOf(defaultGrants);
      storedAttributes = storedAttributes == null ? null : List.copyOf(storedAttributes);
      requiredAttributes = List.copyOf(requiredAttributes);
    }
  }

  /** Creates the tenant with synchronisation off; {@code false} when it exists already. */
  boolean create(String tenantId, Instant createdAt);

  /** One consistent read. */
  Optional<Tenant> get(String tenantId);

  boolean setSyncEnabled(String tenantId, boolean enabled);

  /**
   * Sets the roles unless a grant (default or a group's) still names one that would go: then {@link
   * RoleInUseException}. The check and the write are one atomic step against concurrent grants
   * writes.
   */
  boolean setRoles(String tenantId, RoleLadder roles);

  /**
   * {@link UnknownRoleException} when a role named is not the tenant's at the moment of the write.
   */
  boolean setDefaultGrants(String tenantId, List<Grant> grants);

  boolean setStoredAttributes(String tenantId, List<String> attributes);

  boolean setInviteOnCreate(String tenantId, boolean enabled);

  /** Sets the tenant's required User attributes (empty: none beyond the schema's). */
  boolean setRequiredAttributes(String tenantId, List<String> attributes);

  /**
   * Sets the required attributes if the attribute policy is still {@code storedRead} (what the
   * caller validated against; {@code null}: no policy): one DynamoDB condition, so a concurrent
   * policy change cannot leave a required attribute the policy drops. {@code false} when the tenant
   * does not exist or the policy changed (nothing written).
   */
  boolean setRequiredAttributes(String tenantId, List<String> attributes, List<String> storedRead);

  /**
   * Sets the attribute policy if the required attributes are still {@code requiredRead} (the
   * counterpart of {@link #setRequiredAttributes(String, List, List)}).
   */
  boolean setStoredAttributes(String tenantId, List<String> attributes, List<String> requiredRead);
}
