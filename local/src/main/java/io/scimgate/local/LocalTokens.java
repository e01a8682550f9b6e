package io.scimgate.local;

import io.scimgate.auth.Tokens;
import io.scimgate.store.TokenStore;
import io.scimgate.store.TokenStore.StoredToken;
import java.time.Instant;

/** Stores the digest of the local tenant's bearer token, as the admin API's issue step would. */
final class LocalTokens {
  private LocalTokens() {}

  /** Idempotent: a token whose digest is stored already is left as it is. */
  static void grant(TokenStore store, byte[] pepper, String tenant, String token) {
    String digest = Tokens.digest(pepper, token);
    if (store.find(tenant, digest).isEmpty()) {
      store.put(new StoredToken(tenant, "local-" + digest.substring(0, 12), digest, Instant.now()));
    }
  }
}
