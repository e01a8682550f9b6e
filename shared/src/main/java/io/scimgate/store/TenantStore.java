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
   */
  record Tenant(
      String tenantId,
      Instant createdAt,
      boolean syncEnabled,
      RoleLadder roles,
      List<Grant> defaultGrants,
      List<String> storedAttributes,
      long groupsWithGrants) {

    public Tenant {
      defaultGrants = List.copyOf(defaultGrants);
      storedAttributes = storedAttributes == null ? null : List.copyOf(storedAttributes);
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
}
