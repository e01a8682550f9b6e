package io.scimgate.admin;

import io.scimgate.auth.PepperSource;
import io.scimgate.feed.EventFeed;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.requestlog.Observations;
import io.scimgate.store.Credentials;
import io.scimgate.store.DirectoryReader;
import io.scimgate.store.GrantStore;
import io.scimgate.store.GroupStore;
import io.scimgate.store.TenantErasure;
import io.scimgate.store.TenantStore;
import io.scimgate.store.TokenStore;
import io.scimgate.store.UserStore;
import java.time.Clock;
import java.time.Duration;

/**
 * What the admin API works with, built once by the composition root: the stores it reads and writes
 * and the few settings its routes answer by. Each admin class takes the ports it needs from here.
 * It holds the pepper's source, never the pepper itself.
 *
 * @param events the change feed; null leaves out its routes (they answer 404)
 * @param directory the reconciliation reads; null leaves out their routes
 * @param observations request log, directory health and token last use; null leaves out their
 *     routes and the fields they add to other answers (tests of the other admin routes)
 * @param publicBaseUrl decides the {@code scimBaseUrl} reported, unless derived
 * @param eraseBudget what one {@code DELETE /admin/tenants/{t}} spends erasing before it answers
 *     ({@link #ERASE_BUDGET}; tests: tiny); the scheduled job does the rest
 */
public record AdminPorts(
    TenantStore tenants,
    GrantStore grants,
    TokenStore tokens,
    UserStore users,
    GroupStore groups,
    Credentials credentials,
    TenantErasure erasure,
    EventFeed events,
    DirectoryReader directory,
    Observations observations,
    PepperSource pepper,
    Clock clock,
    PublicBaseUrl publicBaseUrl,
    Duration eraseBudget) {
  /** What one DELETE spends erasing in production. */
  public static final Duration ERASE_BUDGET = Duration.ofSeconds(10);
}
