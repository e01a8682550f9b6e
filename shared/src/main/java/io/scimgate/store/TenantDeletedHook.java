package io.scimgate.store;

import java.util.Map;

/**
 * Called once when an erasure has removed the last item of a tenant, before the tenant id can be
 * created again. The change feed (issue 9) publishes {@code tenant.deleted} here; it must not write
 * under the erased tenant's keys (that would be a leftover of the tenant).
 */
@FunctionalInterface
public interface TenantDeletedHook {
  /** Does nothing: the change feed does not exist on this branch yet. */
  TenantDeletedHook NONE = (tenantId, erased) -> {};

  /**
   * @param erased items deleted, by family name ({@code users}, {@code memberships}, …)
   */
  void tenantDeleted(String tenantId, Map<String, Long> erased);
}
