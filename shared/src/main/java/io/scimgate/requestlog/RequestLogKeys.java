package io.scimgate.requestlog;

import io.scimgate.store.dynamo.Keys;
import java.nio.charset.StandardCharsets;

/**
 * Where the request log and directory health live (docs/decisions/0051-request-log-keys.md). Every
 * partition starts with the tenant prefix {@link Keys#tenant}, so a tenant erase finds all of them
 * from the tenant id: the log and its status indexes by name, the resource indexes from the {@code
 * resourceId} of each log entry, the hourly counters by name, and two items under {@code T#<t>#}
 * itself (the tenant item's settings, {@link #HEALTH_SK}).
 */
final class RequestLogKeys {
  /** Sort key of the directory-health item under {@code T#<t>#}. */
  static final String HEALTH_SK = "HEALTH";

  /** Number of shards of each hourly counter. */
  static final int COUNTER_SHARDS = 4;

  private RequestLogKeys() {}

  /** Log entries, newest last by sort key {@link #entrySk}. */
  static String log(String tenantId) {
    return Keys.tenant(tenantId) + "REQLOG";
  }

  /** Index items of the entries answered with one status class ({@code 2xx}, {@code 4xx}, …). */
  static String byStatus(String tenantId, String statusClass) {
    return log(tenantId) + "#" + statusClass;
  }

  /** Index items of the entries about one resource id; null when the id cannot be a key. */
  static String byResource(String tenantId, String resourceId) {
    if (resourceId == null
        || resourceId.isEmpty()
        || resourceId.getBytes(StandardCharsets.UTF_8).length > Keys.MAX_ID_BYTES) {
      return null;
    }
    return log(tenantId) + "#R#" + resourceId;
  }

  /** {@code <13-digit epoch millis>#<request id>}: time order, unique per request. */
  static String entrySk(long epochMillis, String requestId) {
    return String.format("%013d#%s", epochMillis, requestId);
  }

  /** Hourly counters: {@code T#<t>#HEALTH}, sort key {@link #hourSk}. */
  static String hours(String tenantId) {
    return Keys.tenant(tenantId) + "HEALTH";
  }

  /** {@code HOUR#<yyyyMMddHH>#<shard>} (UTC). */
  static String hourSk(String hour, int shard) {
    return "HOUR#" + hour + "#" + shard;
  }
}
