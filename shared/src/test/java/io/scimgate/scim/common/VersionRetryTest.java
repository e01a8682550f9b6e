package io.scimgate.scim.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.store.RetriesExhaustedException;
import io.scimgate.store.RetryBudget;
import io.scimgate.store.VersionConflictException;
import io.scimgate.testing.FakeTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionRetryTest {

  @Test
  void unconditionalWrite_retriesALostRace_andWins() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        VersionRetry.run(
            false,
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new VersionConflictException();
              }
              return "written";
            });

    assertEquals("written", result);
    assertEquals(3, attempts.get());
  }

  @Test
  @SuppressWarnings("try") // the request's budget only needs to be open around the call
  void unconditionalWrite_thatKeepsLosing_is503WhenTheBudgetIsSpent_notA412() {
    AtomicInteger attempts = new AtomicInteger();
    FakeTime time = new FakeTime();

    try (RetryBudget.Loop request = time.budget()) {
      assertThrows(
          RetriesExhaustedException.class,
          () ->
              VersionRetry.run(
                  false,
                  () -> {
                    attempts.incrementAndGet();
                    time.advanceMillis(10); // each attempt's read and write
                    throw new VersionConflictException();
                  }));
    }
    assertTrue(attempts.get() > 5, attempts + " attempts");
    assertTrue(
        time.elapsedMillis() <= RetryBudget.DEFAULT.total().toMillis(),
        time.elapsedMillis() + " ms");
  }

  @Test
  void ifMatchWrite_doesNotRetry_theConflictIsTheClients412() {
    AtomicInteger attempts = new AtomicInteger();

    assertThrows(
        VersionConflictException.class,
        () ->
            VersionRetry.run(
                true,
                () -> {
                  attempts.incrementAndGet();
                  throw new VersionConflictException();
                }));
    assertEquals(1, attempts.get());
  }
}
