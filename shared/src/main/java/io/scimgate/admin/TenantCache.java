package io.scimgate.admin;

import io.scimgate.store.TenantStore;
import io.scimgate.store.TenantStore.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tenant records as SCIM requests see them: read once per TTL per function instance (the token
 * cache TTL, 30 s by default), so a settings change reaches every instance within that time.
 */
public final class TenantCache {
  private static final int MAX_CACHED = 10_000;

  private record Cached(Optional<Tenant> tenant, Instant expires) {}

  private final TenantStore tenants;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public TenantCache(TenantStore tenants, Duration ttl, Clock clock) {
    this.tenants = tenants;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The tenant record, at most one TTL old; empty for an unknown tenant. */
  public Optional<Tenant> get(String tenantId) {
    Instant now = clock.instant();
    Cached hit = cache.get(tenantId);
    if (hit != null && now.isBefore(hit.expires())) {
      return hit.tenant();
    }
    Optional<Tenant> tenant = tenants.get(tenantId);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(tenantId, new Cached(tenant, now.plus(ttl)));
    return tenant;
  }
}
