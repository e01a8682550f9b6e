package io.scimgate.store;

import java.util.Map;

/**
 * Called once when an erasure has removed the last item of a tenant, before the tenant id can be
 * created again. The change feed publishes {@code tenant.deleted} here (DynamoTenantDeletedEvent);
 * it must not write under the erased tenant's keys (that would be a leftover of the tenant).
 */
@FunctionalInterface
public interface TenantDeletedHook {
  /** Does nothing (tests that erase without publishing; the service uses the change feed's). */
  TenantDeletedHook NONE = (tenantId, erased) -> {};

  /**
   * @param erased items deleted, by family name ({@code users}, {@code memberships}, …)
   */
  void tenantDeleted(String tenantId, Map<String, Long> erased);
}
