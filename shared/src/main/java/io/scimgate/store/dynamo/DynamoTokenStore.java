package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.TokenStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Token digests under the tenant's partition: {@code (T#<t>#, TOKEN#<digest>)}. */
public record DynamoTokenStore(Dynamo dynamo) implements TokenStore {
  @Override
  public Optional<StoredToken> find(String tenantId, String digest) {
    return reads()
        .item(Keys.tenant(tenantId), Keys.tokenSk(digest))
        .map(item -> token(tenantId, item));
  }

  @Override
  public void put(StoredToken token) {
    dynamo.put(r -> r.item(item(token)));
  }

  static Map<String, AttributeValue> item(StoredToken token) {
    Map<String, AttributeValue> item =
        new java.util.HashMap<>(key(token.tenantId(), token.digest()));
    item.put("tokenId", s(token.tokenId()));
    item.put("digest", s(token.digest()));
    item.put("createdAt", s(token.createdAt().toString()));
    if (token.expiresAt() != null) {
      // The table's TTL attribute: DynamoDB also removes the item some time after expiry.
      item.put(Keys.EXPIRES_AT, Dynamo.n(token.expiresAt().getEpochSecond()));
    }
    return item;
  }

  @Override
  public List<StoredToken> list(String tenantId) {
    return reads().prefixed(Keys.tenant(tenantId), Keys.tokenSk("")).stream()
        .map(item -> token(tenantId, item))
        .toList();
  }

  @Override
  public boolean delete(String tenantId, String tokenId) {
    for (StoredToken t : list(tenantId)) {
      if (t.tokenId().equals(tokenId)) {
        dynamo.delete(r -> r.key(key(tenantId, t.digest())));
        return true;
      }
    }
    return false;
  }

  static Map<String, AttributeValue> key(String tenantId, String digest) {
    return Map.of(Keys.PK, s(Keys.tenant(tenantId)), Keys.SK, s(Keys.tokenSk(digest)));
  }

  static StoredToken token(String tenantId, Map<String, AttributeValue> item) {
    AttributeValue expires = item.get(Keys.EXPIRES_AT);
    return new StoredToken(
        tenantId,
        item.get("tokenId").s(),
        item.get("digest").s(),
        Instant.parse(item.get("createdAt").s()),
        expires == null ? null : Instant.ofEpochSecond(Long.parseLong(expires.n())));
  }

  private Reads reads() {
    return new Reads(dynamo);
  }
}
