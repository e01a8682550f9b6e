package io.scimgate.requestlog;

import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.Keys;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@code lastUsedAt} of each bearer token, an attribute of its token item ({@code T#<t>#}, {@code
 * TOKEN#<digest>}): set at most once per {@link #INTERVAL} per container and token, on condition
 * that the token still exists (a revoked token is never brought back).
 */
public final class TokenLastUse {
  static final Duration INTERVAL = Duration.ofSeconds(60);
  private static final String LAST_USED = "lastUsedAt";

  private final Dynamo dynamo;
  private final Throttle throttle = new Throttle(INTERVAL);

  public TokenLastUse(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  /** True when this use is due to be written ({@link #write} should follow). */
  boolean due(String tenantId, String tokenId, Instant now) {
    return throttle.due(tenantId + "\n" + tokenId, now);
  }

  void write(String tenantId, String digest, Instant now) {
    try {
      dynamo.update(r ->
          r.key(Dynamo.key(Keys.tenant(tenantId), Keys.tokenSk(digest)))
              .conditionExpression("attribute_exists(pk)")
              .updateExpression("SET " + LAST_USED + " = :now")
              .expressionAttributeValues(Map.of(":now", Dynamo.n(now.toEpochMilli()))));
    } catch (ConditionalCheckFailedException revoked) {
      // Revoked since it was verified: nothing to note.
    }
  }

  /** Token id to last use, for the tenant's tokens that have been used (one Query). */
  public Map<String, Instant> lastUsed(String tenantId) {
    Map<String, Instant> out = new HashMap<>();
    for (Map<String, AttributeValue> item :
        dynamo.queryAll(r ->
            r.keyConditionExpression("pk = :pk and begins_with(sk, :prefix)")
                .expressionAttributeValues(
                    Map.of(
                        ":pk",
                        Dynamo.s(Keys.tenant(tenantId)),
                        ":prefix",
                        Dynamo.s(Keys.tokenSk(""))))
                .projectionExpression("tokenId, " + LAST_USED)
                .consistentRead(true))) {
      AttributeValue used = item.get(LAST_USED);
      if (used != null && item.get("tokenId") != null) {
        out.put(item.get("tokenId").s(), Instant.ofEpochMilli(Long.parseLong(used.n())));
      }
    }
    return out;
  }
}
