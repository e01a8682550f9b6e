package io.scimgate.auth;

import io.scimgate.scim.error.UnauthorizedException;
import io.scimgate.store.Credentials;
import io.scimgate.store.Credentials.Credential;
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
 * Verifies {@code Authorization: Bearer <token>} for the tenant named in the URL: one DynamoDB
 * batch read of the token (by tenant and digest) and the tenant's state, cached for a TTL. A
 * revoked token, or any token of a tenant being erased, stops working within that TTL; an expired
 * token stops at its expiry (a cached verification never outlives it).
 */
public final class BearerAuthenticator {
  private static final int MAX_CACHED = 10_000;

  private record Verified(String tenantId, String tokenId, Instant expires) {}

  private final Credentials credentials;
  private final PepperSource pepper;
  private final Duration cacheTtl;
  private final Clock clock;
  private final Map<String, Verified> cache = new ConcurrentHashMap<>();

  public BearerAuthenticator(
      Credentials credentials, PepperSource pepper, Duration cacheTtl, Clock clock) {
    this.credentials = credentials;
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
    Credential found =
        credentials.find(tenantId, digest).orElseThrow(BearerAuthenticator::rejected);
    StoredToken stored = found.token();
    if (!stored.tenantId().equals(tenantId)
        || !constantTimeEquals(stored.digest(), digest)
        || found.tenantDeleting()) {
      throw rejected();
    }
    if (stored.expiredAt(now)) {
      // Only a holder of the real token learns this; it tells the IdP admin what to do.
      throw new UnauthorizedException(
          "The bearer token expired at " + stored.expiresAt() + "; ask for a new token.");
    }
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    Instant expires = now.plus(cacheTtl);
    if (stored.expiresAt() != null && stored.expiresAt().isBefore(expires)) {
      expires = stored.expiresAt();
    }
    cache.put(cacheKey, new Verified(tenantId, stored.tokenId(), expires));
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
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static UnauthorizedException rejected() {
    return new UnauthorizedException(
        "The bearer token is missing, malformed or not valid for this tenant.");
  }
}
