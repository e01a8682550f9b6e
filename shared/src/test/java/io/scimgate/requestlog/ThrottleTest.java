package io.scimgate.requestlog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleTest {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void aKeyIsLetThroughOncePerInterval_otherKeysIndependently() {
    Throttle throttle = new Throttle(Duration.ofSeconds(60));
    assertTrue(throttle.due("acme", T0));
    assertFalse(throttle.due("acme", T0.plusSeconds(59)));
    assertTrue(throttle.due("globex", T0.plusSeconds(59)));
    assertTrue(throttle.due("acme", T0.plusSeconds(60)));
    assertFalse(throttle.due("acme", T0.plusSeconds(61)));
  }
}
