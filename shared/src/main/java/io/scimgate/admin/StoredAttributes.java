package io.scimgate.admin;

import io.scimgate.store.TenantStore;
import io.scimgate.store.TenantStore.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tenant id to the {@link AttributePolicy#keep keep-predicate} of its attribute policy, read from
 * the tenant item through a {@link TenantCache}: a policy change reaches every function instance
 * within its TTL. An unknown tenant keeps everything (its SCIM requests fail authentication
 * anyway).
 */
public final class StoredAttributes implements Function<String, Predicate<String>> {
  private final TenantCache tenants;

  public StoredAttributes(TenantStore tenants, Duration ttl, Clock clock) {
    this(new TenantCache(tenants, ttl, clock));
  }

  public StoredAttributes(TenantCache tenants) {
    this.tenants = tenants;
  }

  @Override
  public Predicate<String> apply(String tenantId) {
    return AttributePolicy.keep(tenants.get(tenantId).map(Tenant::storedAttributes).orElse(null));
  }
}
