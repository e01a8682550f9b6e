package io.scimgate.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-token digests of each tenant. Only {@code HMAC-SHA256(pepper, token)} is stored; a token
 * is found by its tenant and digest with one read.
 */
public interface TokenStore {

  /**
   * A stored token: never the token itself.
   *
   * @param expiresAt when the token stops working; {@code null}: never
   */
  record StoredToken(
      String tenantId, String tokenId, String digest, Instant createdAt, Instant expiresAt) {

    /** A token without expiry. */
    public StoredToken(String tenantId, String tokenId, String digest, Instant createdAt) {
      this(tenantId, tokenId, digest, createdAt, null);
    }

    /** Whether the token no longer works at {@code now} (expiry is exclusive: at it, refused). */
    public boolean expiredAt(Instant now) {
      return expiresAt != null && !now.isBefore(expiresAt);
    }
  }

  Optional<StoredToken> find(String tenantId, String digest);

  void put(StoredToken token);

  List<StoredToken> list(String tenantId);

  /** Deletes the token with that id; returns false when the tenant has no such token. */
  boolean delete(String tenantId, String tokenId);
}
