package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.requestlog.DirectoryHealth;
import io.scimgate.requestlog.Observations;
import io.scimgate.requestlog.TenantObservations;
import io.scimgate.store.TenantStore.Tenant;
import java.time.Duration;
import java.time.Instant;

/**
 * The directory-health fields of {@code GET /admin/tenants/{t}/summary}: {@code lastRequestAt},
 * {@code lastErrorAt}, {@code idp}, {@code requests24h} and {@code errors24h} by status class,
 * {@code stale} and the {@code staleAfterHours} it was judged by. A tenant whose IdP never called
 * is judged from its creation time. Cost: two GetItems and one Query of ≤ 96 small items.
 */
final class HealthSummary {
  private HealthSummary() {}

  static void add(ObjectNode out, Tenant tenant, Observations observations, Instant now) {
    DirectoryHealth.Health health = observations.health().read(tenant.tenantId(), now);
    TenantObservations.Settings settings = observations.settings().read(tenant.tenantId());
    out.put(
        "lastRequestAt", health.lastRequestAt() == null ? null : health.lastRequestAt().toString());
    out.put("lastErrorAt", health.lastErrorAt() == null ? null : health.lastErrorAt().toString());
    out.put("idp", health.idp());
    ObjectNode requests = out.putObject("requests24h");
    ObjectNode errors = out.putObject("errors24h");
    for (String statusClass : new String[] {"2xx", "4xx", "5xx"}) {
      requests.put(statusClass, health.requests24h().getOrDefault(statusClass, 0L));
    }
    health
        .requests24h()
        .forEach((c, n) -> {
          if (!requests.has(c)) {
            requests.put(c, n);
          }
        });
    errors.put("4xx", health.requests24h().getOrDefault("4xx", 0L));
    errors.put("5xx", health.requests24h().getOrDefault("5xx", 0L));
    Instant since = health.lastRequestAt() != null ? health.lastRequestAt() : tenant.createdAt();
    out.put(
        "stale",
        Duration.between(since, now).compareTo(Duration.ofHours(settings.staleAfterHours())) > 0);
    out.put("staleAfterHours", settings.staleAfterHours());
  }
}
