package io.scimgate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.testing.FakeTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one retry policy: jittered, capped pauses; one deadline shared by nested loops. */
@SuppressWarnings("try") // request budgets are scopes: open around the calls, never referenced
class RetryBudgetTest {
  private static final long TOTAL = RetryBudget.DEFAULT.total().toMillis();
  private static final long CAP = RetryBudget.DEFAULT.cap().toMillis();

  @Test
  void pauses_areJitteredBelowADoublingCeiling_cappedAtTheMaximum() {
    FakeTime time = new FakeTime();
    try (RetryBudget.Loop loop = time.budget()) {
      for (int i = 0; i < 12; i++) {
        loop.pause(null);
      }
    }
    long base = RetryBudget.DEFAULT.base().toMillis();
    for (int i = 0; i < time.sleeps().size(); i++) {
      long ceiling = Math.min(CAP, base << i);
      long slept = time.sleeps().get(i);
      assertTrue(slept >= 0 && slept <= ceiling, "pause " + i + " was " + slept + " ms");
    }
  }

  @Test
  void nestedLoops_shareOneDeadline_insteadOfMultiplyingTheirLimits() {
    FakeTime time = new FakeTime();
    AtomicInteger innermost = new AtomicInteger();
    RetriesExhaustedException spent;
    try (RetryBudget.Loop request = time.budget()) {
      spent =
          assertThrows(
              RetriesExhaustedException.class,
              () -> {
                try (RetryBudget.Loop outer = RetryBudget.loop("outer")) {
                  while (true) {
                    try (RetryBudget.Loop inner = RetryBudget.loop("inner")) {
                      for (int i = 0; i < 3; i++) {
                        innermost.incrementAndGet();
                        time.advanceMillis(5);
                        inner.pause(null);
                      }
                    }
                    outer.pause(null);
                  }
                }
              });
    }
    // The last attempt may start just before the deadline and take its 5 ms: at most one step over.
    assertTrue(time.elapsedMillis() <= TOTAL + 5, "gave up after " + time.elapsedMillis() + " ms");
    assertTrue(time.elapsedMillis() >= TOTAL - CAP - 5, "gave up early: " + time.elapsedMillis());
    assertTrue(spent.attempts() >= innermost.get(), spent.attempts() + " < " + innermost.get());
  }

  @Test
  void closingTheOutermostLoop_endsTheBudget() {
    FakeTime time = new FakeTime();
    RetryBudget.Loop first = time.budget();
    RetryBudget.Loop joined = RetryBudget.loop("joined");
    joined.pause(null);
    assertEquals(
        3, first.attempts(), "each loop's first attempt and each retry count, in one budget");
    joined.close();
    first.close();
    try (RetryBudget.Loop next = RetryBudget.loop("next request")) {
      assertEquals(1, next.attempts());
      assertNotSame(first, next);
    }
  }
}
