package io.scimgate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A read per key and TTL; a removed key, or one a TTL old, is read again. */
class TtlCacheTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void withinTheTtl_theValueIsReadOnce_thenReadAgain() {
    AtomicInteger reads = new AtomicInteger();
    Instant[] now = {START};
    TtlCache<String, Integer> cache = new TtlCache<>(Duration.ofSeconds(30), () -> now[0]);

    assertEquals(1, cache.get("a", k -> reads.incrementAndGet()));
    now[0] = START.plusSeconds(29);
    assertEquals(1, cache.get("a", k -> reads.incrementAndGet()));
    now[0] = START.plusSeconds(30);
    assertEquals(2, cache.get("a", k -> reads.incrementAndGet()));
    cache.remove("a");
    assertEquals(3, cache.get("a", k -> reads.incrementAndGet()));
    assertEquals(4, cache.get("b", k -> reads.incrementAndGet()));
  }
}
