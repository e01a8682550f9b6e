package io.scimgate.admin;

import io.scimgate.store.TenantStore;
import io.scimgate.store.TenantStore.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tenant id to the {@link AttributePolicy#keep keep-predicate} of its attribute policy, read from
 * the tenant item and cached for a TTL: a policy change reaches every function instance within
 * that time. An unknown tenant keeps everything (its SCIM requests fail authentication anyway).
 */
public final class StoredAttributes implements Function<String, Predicate<String>> {
  private static final int MAX_CACHED = 10_000;

  private record Cached(Predicate<String> keep, Instant expires) {}

  private final TenantStore tenants;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public StoredAttributes(TenantStore tenants, Duration ttl, Clock clock) {
    this.tenants = tenants;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public Predicate<String> apply(String tenantId) {
    Instant now = clock.instant();
    Cached hit = cache.get(tenantId);
    if (hit != null && now.isBefore(hit.expires())) {
      return hit.keep();
    }
    Predicate<String> keep =
        AttributePolicy.keep(tenants.get(tenantId).map(Tenant::storedAttributes).orElse(null));
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(tenantId, new Cached(keep, now.plus(ttl)));
    return keep;
  }
}
