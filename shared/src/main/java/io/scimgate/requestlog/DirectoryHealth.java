package io.scimgate.requestlog;

import io.scimgate.observe.Idp;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.Keys;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How a tenant's directory is doing, kept without a read-modify-write of a hot item:
 *
 * <ul>
 *   <li>every recorded request: one {@code ADD c<class> 1} on one of {@value
 *       RequestLogKeys#COUNTER_SHARDS} shards of the current hour's counter ({@code T#<t>#HEALTH},
 *       {@code HOUR#<yyyyMMddHH>#<shard>}, expiring after 2 days): 1 WCU, no read;
 *   <li>at most once per {@link #TOUCH_INTERVAL} per container and tenant: a {@code SET} of {@code
 *       lastRequestAt} (and {@code idp} when it is Okta or Entra) on {@code (T#<t>#, HEALTH)};
 *       errors likewise set {@code lastErrorAt}. Both lag reality by at most the interval.
 * </ul>
 *
 * A summary reads the health item and the 24 hourly counters (≤ 96 small items, one Query).
 */
public final class DirectoryHealth {
  static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);
  static final int HOURS = 24;
  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("yyyyMMddHH").withZone(ZoneOffset.UTC);

  /** What the summary shows; times are null until first seen. */
  public record Health(
      Instant lastRequestAt, Instant lastErrorAt, String idp, Map<String, Long> requests24h) {}

  private final Dynamo dynamo;
  private final Throttle requests = new Throttle(TOUCH_INTERVAL);
  private final Throttle errors = new Throttle(TOUCH_INTERVAL);

  public DirectoryHealth(Dynamo dynamo) {
    this.dynamo = dynamo;
  }

  /** Counts one request answered with {@code status}. */
  void count(String tenantId, int status, Instant now) {
    int shard = ThreadLocalRandom.current().nextInt(RequestLogKeys.COUNTER_SHARDS);
    long expires = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2)).getEpochSecond();
    dynamo.update(r ->
        r.key(
                Dynamo.key(
                    RequestLogKeys.hours(tenantId), RequestLogKeys.hourSk(HOUR.format(now), shard)))
            .updateExpression("ADD #c :one SET #e = if_not_exists(#e, :exp)")
            .expressionAttributeNames(
                Map.of("#c", "c" + StatusClass.of(status), "#e", Keys.EXPIRES_AT))
            .expressionAttributeValues(Map.of(":one", Dynamo.n(1), ":exp", Dynamo.n(expires))));
  }

  /** Notes the request's time (and idp, and error time) when this container's interval is due. */
  void touch(String tenantId, boolean error, String idp, Instant now) {
    boolean request = requests.due(tenantId, now);
    boolean failed = error && errors.due(tenantId, now);
    if (!request && !failed) {
      return;
    }
    StringBuilder set = new StringBuilder("SET ");
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":now", Dynamo.n(now.toEpochMilli()));
    set.append("lastRequestAt = :now");
    if (failed) {
      set.append(", lastErrorAt = :now");
    }
    if (Idp.OKTA.equals(idp) || Idp.ENTRA.equals(idp)) {
      set.append(", idp = :idp");
      values.put(":idp", Dynamo.s(idp));
    }
    dynamo.update(r ->
        r.key(Dynamo.key(Keys.tenant(tenantId), RequestLogKeys.HEALTH_SK))
            .updateExpression(set.toString())
            .expressionAttributeValues(values));
  }

  /** The health item and the counters of the current UTC hour and the 23 before it. */
  public Health read(String tenantId, Instant now) {
    Map<String, AttributeValue> item =
        dynamo.get(r ->
            r.key(Dynamo.key(Keys.tenant(tenantId), RequestLogKeys.HEALTH_SK))
                .consistentRead(true));
    String from = "HOUR#" + HOUR.format(now.minus(Duration.ofHours(HOURS - 1)));
    String to = "HOUR#" + HOUR.format(now) + "#~";
    Map<String, Long> classes = new HashMap<>();
    dynamo
        .queryAll(r ->
            r.keyConditionExpression("pk = :pk and sk between :from and :to")
                .expressionAttributeValues(
                    Map.of(
                        ":pk",
                        Dynamo.s(RequestLogKeys.hours(tenantId)),
                        ":from",
                        Dynamo.s(from),
                        ":to",
                        Dynamo.s(to))))
        .forEach(shard ->
            shard.forEach((name, value) -> {
              if (name.startsWith("c") && name.endsWith("xx") && value.n() != null) {
                classes.merge(name.substring(1), Long.parseLong(value.n()), Long::sum);
              }
            }));
    boolean present = Dynamo.present(item);
    return new Health(
        present ? millis(item.get("lastRequestAt")) : null,
        present ? millis(item.get("lastErrorAt")) : null,
        present && item.get("idp") != null ? item.get("idp").s() : Idp.OTHER,
        classes);
  }

  private static Instant millis(AttributeValue value) {
    return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value.n()));
  }
}
