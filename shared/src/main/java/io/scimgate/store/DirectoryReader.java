package io.scimgate.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Id-ordered pages for reconciliation (the admin read APIs): each call reads at most {@code limit}
 * items of one partition (or of the tenant registry), never a table scan. {@code after} is the last
 * id of the previous page ({@code null}: from the start); {@link Page#next} is null on the last
 * page. A filtered page may hold fewer than {@code limit} items while {@code next} is set.
 */
public interface DirectoryReader {

  record Page<T>(List<T> items, String next) {}

  record TenantEntry(String tenantId, boolean syncEnabled, Instant createdAt) {}

  /** Every tenant, by id, from the registry (gsi1 {@code SYS#TENANTS}). */
  Page<TenantEntry> tenants(String after, int limit);

  /** Users by id; {@code active} null: all of them. */
  Page<StoredResource> users(String tenantId, String after, int limit, Boolean active);

  /** Groups by id. */
  Page<StoredResource> groups(String tenantId, String after, int limit);

  /** Member counts of those groups, kept with every membership change (one batched read). */
  Map<String, Long> memberCounts(String tenantId, Collection<String> groupIds);
}
