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
   */
  record Tenant(
      String tenantId,
      Instant createdAt,
      boolean syncEnabled,
      RoleLadder roles,
      List<Grant> defaultGrants,
      List<String> storedAttributes,
      long groupsWithGrants,
      boolean inviteOnCreate) {

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

  boolean setRoles(String tenantId, RoleLadder roles);

  boolean setDefaultGrants(String tenantId, List<Grant> grants);

  boolean setStoredAttributes(String tenantId, List<String> attributes);

  boolean setInviteOnCreate(String tenantId, boolean enabled);
}
