package io.scimgate.auth;

import io.scimgate.scim.error.UnauthorizedException;
import io.scimgate.store.TokenStore;
import io.scimgate.store.TokenStore.StoredToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies {@code Authorization: Bearer <token>} for the tenant named in the URL: one DynamoDB read
 * by (tenant, digest), cached for a TTL. A revoked token stops working within that TTL.
 */
public final class BearerAuthenticator {
  private static final int MAX_CACHED = 10_000;

  private record Verified(String tenantId, String tokenId, Instant expires) {}

  private final TokenStore tokens;
  private final PepperSource pepper;
  private final Duration cacheTtl;
  private final Clock clock;
  private final Map<String, Verified> cache = new ConcurrentHashMap<>();

  public BearerAuthenticator(TokenStore tokens, PepperSource pepper, Duration cacheTtl, Clock clock) {
    this.tokens = tokens;
    this.pepper = pepper;
    this.cacheTtl = cacheTtl;
    this.clock = clock;
  }

  /** Returns the token id, or throws {@link UnauthorizedException}. */
  public String authenticate(String tenantId, Optional<String> authorization) {
    String token = bearer(authorization);
    String digest = Tokens.digest(pepper.pepper(), token);
    String cacheKey = tenantId + "\n" + digest;
    Instant now = clock.instant();
    Verified hit = cache.get(cacheKey);
    if (hit != null && now.isBefore(hit.expires())) {
      return hit.tokenId();
    }
    StoredToken stored = tokens.find(tenantId, digest).orElseThrow(BearerAuthenticator::rejected);
    if (!stored.tenantId().equals(tenantId) || !constantTimeEquals(stored.digest(), digest)) {
      throw rejected();
    }
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(cacheKey, new Verified(tenantId, stored.tokenId(), now.plus(cacheTtl)));
    return stored.tokenId();
  }

  private static String bearer(Optional<String> authorization) {
    String value = authorization.orElseThrow(BearerAuthenticator::rejected).trim();
    if (value.length() < 7 || !value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      throw rejected();
    }
    String token = value.substring(7).trim();
    if (!Tokens.wellFormed(token)) {
      throw rejected();
    }
    return token;
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static UnauthorizedException rejected() {
    return new UnauthorizedException("The bearer token is missing, malformed or not valid for this tenant.");
  }
}
