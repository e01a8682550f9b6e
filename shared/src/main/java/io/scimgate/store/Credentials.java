package io.scimgate.store;

import io.scimgate.store.TokenStore.StoredToken;
import java.util.Optional;

/**
 * What bearer authentication and the token lifecycle need beyond {@link TokenStore}: the token
 * together with its tenant's state (read in one request), issuing only to a tenant that accepts
 * tokens, and revoking all of a tenant's tokens at once (disconnect).
 */
public interface Credentials {

  /**
   * A stored token and whether its tenant is being erased. A tenant without a tenant record (tokens
   * seeded directly, as some tests and fixtures do) counts as not being erased.
   */
  record Credential(StoredToken token, boolean tenantDeleting) {}

  /** The token with that digest and its tenant's state: one strongly consistent batch read. */
  Optional<Credential> find(String tenantId, String digest);

  /**
   * Stores the token if the tenant exists and is not being erased, checked by DynamoDB in the same
   * transaction; {@code false} (nothing written) otherwise.
   */
  boolean issue(StoredToken token);

  /** Deletes every token of the tenant; returns how many there were. */
  int revokeAll(String tenantId);
}
