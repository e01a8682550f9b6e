package io.scimgate.admin;

import io.scimgate.store.TenantStore.Tenant;
import java.util.List;
import java.util.function.Function;

/**
 * Tenant id to its required User attributes (canonical paths, see {@link RequiredAttributes}),
 * through a {@link TenantCache}: a change reaches every function instance within its TTL.
 */
public final class StoredRequirements implements Function<String, List<String>> {
  private final TenantCache tenants;

  public StoredRequirements(TenantCache tenants) {
    this.tenants = tenants;
  }

  @Override
  public List<String> apply(String tenantId) {
    return tenants.get(tenantId).map(Tenant::requiredAttributes).orElse(List.of());
  }
}
