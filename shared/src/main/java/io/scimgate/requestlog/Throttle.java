package io.scimgate.requestlog;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "At most once per interval per key" in one container: how the recorder bounds writes that need
 * only be roughly current (last request, last error, a token's last use). Containers do not agree
 * with each other, so with n warm containers a key is written at most n times per interval.
 */
final class Throttle {
  private static final int MAX_KEYS = 10_000;

  private final Duration interval;
  private final Map<String, Instant> last = new ConcurrentHashMap<>();

  Throttle(Duration interval) {
    this.interval = interval;
  }

  /** True (and remembered) when {@code key} has not been let through within the interval. */
  boolean due(String key, Instant now) {
    Instant before = last.get(key);
    if (before != null && now.isBefore(before.plus(interval))) {
      return false;
    }
    if (last.size() >= MAX_KEYS) {
      last.clear();
    }
    return before == null ? last.putIfAbsent(key, now) == null : last.replace(key, before, now);
  }
}
