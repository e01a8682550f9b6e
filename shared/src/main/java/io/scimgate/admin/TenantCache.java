package io.scimgate.admin;

import io.scimgate.store.TenantStore;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.TtlCache;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Tenant records as SCIM requests see them: read once per TTL per function instance (the token
 * cache TTL, 30 s by default), so a settings change reaches every instance within that time.
 */
public final class TenantCache {
  private final TenantStore tenants;
  private final TtlCache<String, Optional<Tenant>> cache;

  public TenantCache(TenantStore tenants, Duration ttl, Clock clock) {
    this.tenants = tenants;
    this.cache = new TtlCache<>(ttl, clock);
  }

  /** The tenant record, at most one TTL old; empty for an unknown tenant. */
  public Optional<Tenant> get(String tenantId) {
    return cache.get(tenantId, tenants::get);
  }
}
