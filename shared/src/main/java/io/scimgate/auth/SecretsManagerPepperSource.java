package io.scimgate.auth;

import io.scimgate.scim.error.ServiceUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads the pepper from Secrets Manager and keeps it for a TTL, so a warm container makes one
 * Secrets Manager call per TTL. An outage is a {@link ServiceUnavailableException} (503), never a
 * 401: an IdP that sees 401 tells its admin the token is wrong. A failed refresh keeps serving the
 * cached pepper for {@link #STALE_GRACE}, so a Secrets Manager blip does not fail every request.
 */
public final class SecretsManagerPepperSource implements PepperSource {
  /** How long past its TTL a cached pepper may still be used while refreshes fail. */
  public static final Duration STALE_GRACE = Duration.ofHours(1);

  private record Cached(byte[] value, Instant expires) {}

  private final SecretsManagerClient client;
  private final String secretId;
  private final Duration ttl;
  private final Clock clock;
  private volatile Cached cached;

  public SecretsManagerPepperSource(
      SecretsManagerClient client, String secretId, Duration ttl, Clock clock) {
    this.client = client;
    this.secretId = secretId;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public byte[] pepper() {
    Cached current = cached;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.expires())) {
      return current.value();
    }
    try {
      String secret = client.getSecretValue(r -> r.secretId(secretId)).secretString();
      if (secret != null && !secret.isEmpty()) {
        Cached fresh = new Cached(secret.getBytes(StandardCharsets.UTF_8), now.plus(ttl));
        cached = fresh;
        return fresh.value();
      }
    } catch (SdkException e) {
      // Fall through: a stale pepper is still the right pepper unless it was rotated.
    }
    if (current != null && now.isBefore(current.expires().plus(STALE_GRACE))) {
      return current.value();
    }
    throw new ServiceUnavailableException("Token verification is unavailable; retry later.");
  }
}
