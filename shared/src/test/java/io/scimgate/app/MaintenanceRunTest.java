package io.scimgate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.store.TenantErasure;
import io.scimgate.testing.EventFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which work an invocation of the maintenance function starts: a stream batch the fan-outs only,
 * anything else (the schedule's event, an empty or hand-typed payload) the whole sweep.
 */
class MaintenanceRunTest {
  private final List<String> ran = new ArrayList<>();
  private final Maintenance maintenance =
      new Maintenance(
          budget -> {
            ran.add("fan-outs");
            return 0;
          },
          budget -> {
            ran.add("cleanups");
            return 2;
          },
          new SweepOnly());

  @Test
  void aStreamBatch_runsTheFanOutsOnly() {
    String out = maintenance.run(EventFixtures.bytes("maintenance-fan-out-job.json"));

    assertEquals(List.of("fan-outs"), ran);
    assertEquals("{\"pending\":0}", out);
  }

  @Test
  void theScheduledEvent_runsEverything() {
    String out = maintenance.run(EventFixtures.bytes("maintenance-scheduled-sweep.json"));

    assertEquals(List.of("fan-outs", "cleanups", "erasures"), ran);
    assertEquals("{\"pending\":2,\"erasing\":1}", out);
  }

  @Test
  void anEmptyOrNonJsonPayload_runsEverything_ratherThanFailing() {
    maintenance.run(new byte[0]);
    maintenance.run("sweep now, please".getBytes(StandardCharsets.UTF_8));
    maintenance.run("{\"Records\":\"not a list\"}".getBytes(StandardCharsets.UTF_8));

    assertEquals(3, ran.stream().filter("erasures"::equals).count(), ran.toString());
  }

  /** An erasure whose scheduled sweep is all this test calls. */
  private final class SweepOnly implements TenantErasure {
    @Override
    public int sweep(Duration budget) {
      ran.add("erasures");
      return 1;
    }

    @Override
    public Start begin(String tenantId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Progress> resume(String tenantId, Duration budget) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Progress> progress(String tenantId) {
      throw new UnsupportedOperationException();
    }
  }
}
