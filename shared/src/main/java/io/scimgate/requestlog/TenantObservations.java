package io.scimgate.requestlog;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.TtlCache;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.Keys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A tenant's observation settings — request-log mode and the stale threshold — kept as attributes
 * of the tenant item ({@code T#<t>#}, {@code TENANT}), which every tenant has and every erase
 * deletes. Reads for the request path are cached per container for a TTL (the token cache TTL), so
 * a change reaches every instance within it; admin reads are consistent.
 */
public final class TenantObservations {
  static final String MODE = "requestLogMode";
  static final String STALE_HOURS = "staleAfterHours";
  public static final int DEFAULT_STALE_HOURS = 48;

  /** The settings; {@code exists} is false for a tenant that has no tenant item. */
  public record Settings(
      boolean exists, RequestLogMode mode, int staleAfterHours, Instant createdAt) {}

  private final Dynamo dynamo;
  private final TtlCache<String, Settings> cache;

  public TenantObservations(Dynamo dynamo, Duration ttl, Clock clock) {
    this.dynamo = dynamo;
    this.cache = new TtlCache<>(ttl, clock);
  }

  /** Cached for the TTL: what the request path uses. */
  Settings cached(String tenantId) {
    return cache.get(tenantId, this::read);
  }

  /** One consistent GetItem of the tenant item. */
  public Settings read(String tenantId) {
    Map<String, AttributeValue> item =
        dynamo.get(r ->
            r.key(key(tenantId))
                .consistentRead(true)
                .projectionExpression("createdAt, " + MODE + ", " + STALE_HOURS));
    if (!Dynamo.present(item)) {
      return new Settings(false, RequestLogMode.DEFAULT, DEFAULT_STALE_HOURS, null);
    }
    AttributeValue mode = item.get(MODE);
    AttributeValue stale = item.get(STALE_HOURS);
    AttributeValue created = item.get("createdAt");
    return new Settings(
        true,
        mode == null
            ? RequestLogMode.DEFAULT
            : RequestLogMode.parse(mode.s()).orElse(RequestLogMode.DEFAULT),
        stale == null ? DEFAULT_STALE_HOURS : Integer.parseInt(stale.n()),
        created == null ? null : Instant.parse(created.s()));
  }

  /** False when the tenant does not exist (nothing written). */
  public boolean setMode(String tenantId, RequestLogMode mode) {
    return set(tenantId, MODE, s(mode.wire()));
  }

  public boolean setStaleAfterHours(String tenantId, int hours) {
    return set(tenantId, STALE_HOURS, Dynamo.n(hours));
  }

  private boolean set(String tenantId, String attribute, AttributeValue value) {
    try {
      dynamo.update(r ->
          r.key(key(tenantId))
              .conditionExpression("attribute_exists(pk)")
              .updateExpression("SET #a = :v")
              .expressionAttributeNames(Map.of("#a", attribute))
              .expressionAttributeValues(Map.of(":v", value)));
      cache.remove(tenantId);
      return true;
    } catch (ConditionalCheckFailedException absent) {
      return false;
    }
  }

  private static Map<String, AttributeValue> key(String tenantId) {
    return Dynamo.key(Keys.tenant(tenantId), Keys.TENANT_SK);
  }

  static Optional<Instant> instant(AttributeValue value) {
    return value == null || value.s() == null
        ? Optional.empty()
        : Optional.of(Instant.parse(value.s()));
  }
}
