package io.scimgate.store;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Store reads kept per container (function instance) for a TTL, so a change reaches every instance
 * within that time while the request path reads at most once per TTL and key. Bounded: at {@link
 * #MAX_CACHED} keys it starts over.
 */
public final class TtlCache<K, V> {
  static final int MAX_CACHED = 10_000;

  private record Cached<V>(V value, Instant expires) {}

  private final Duration ttl;
  private final InstantSource clock;
  private final Map<K, Cached<V>> cache = new ConcurrentHashMap<>();

  public TtlCache(Duration ttl, InstantSource clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The value read for {@code key} less than a TTL ago, else a fresh one from {@code read}. */
  public V get(K key, Function<K, V> read) {
    Instant now = clock.instant();
    Cached<V> hit = cache.get(key);
    if (hit != null && now.isBefore(hit.expires())) {
      return hit.value();
    }
    V fresh = read.apply(key);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, new Cached<>(fresh, now.plus(ttl)));
    return fresh;
  }

  /** Forgets {@code key} here (a change this instance made is read back at once). */
  public void remove(K key) {
    cache.remove(key);
  }
}
