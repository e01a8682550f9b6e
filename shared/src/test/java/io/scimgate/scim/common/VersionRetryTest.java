package io.scimgate.scim.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimgate.scim.error.ServiceUnavailableException;
import io.scimgate.store.VersionConflictException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionRetryTest {

  @Test
  void unconditionalWrite_retriesALostRace_andWins() {
    AtomicInteger attempts = new AtomicInteger();

    String result = VersionRetry.run(false, () -> {
      if (attempts.incrementAndGet() < 3) {
        throw new VersionConflictException();
      }
      return "written";
    });

    assertEquals("written", result);
    assertEquals(3, attempts.get());
  }

  @Test
  void unconditionalWrite_thatKeepsLosing_is503NotA412() {
    AtomicInteger attempts = new AtomicInteger();

    assertThrows(ServiceUnavailableException.class, () -> VersionRetry.run(false, () -> {
      attempts.incrementAndGet();
      throw new VersionConflictException();
    }));
    assertEquals(VersionRetry.ATTEMPTS, attempts.get());
  }

  @Test
  void ifMatchWrite_doesNotRetry_theConflictIsTheClients412() {
    AtomicInteger attempts = new AtomicInteger();

    assertThrows(VersionConflictException.class, () -> VersionRetry.run(true, () -> {
      attempts.incrementAndGet();
      throw new VersionConflictException();
    }));
    assertEquals(1, attempts.get());
  }
}
