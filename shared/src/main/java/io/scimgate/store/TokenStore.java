package io.scimgate.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-token digests of each tenant. Only {@code HMAC-SHA256(pepper, token)} is stored; a token
 * is found by its tenant and digest with one read.
 */
public interface TokenStore {

  /** A stored token: never the token itself. */
  record StoredToken(String tenantId, String tokenId, String digest, Instant createdAt) {}

  Optional<StoredToken> find(String tenantId, String digest);

  void put(StoredToken token);

  List<StoredToken> list(String tenantId);

  /** Deletes the token with that id; returns false when the tenant has no such token. */
  boolean delete(String tenantId, String tokenId);
}
