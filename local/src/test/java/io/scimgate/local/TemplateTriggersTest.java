package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.deploy.TemplateFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the runner plays of template.yaml's non-HTTP event sources. */
class TemplateTriggersTest {
  private static TemplateFile template() throws Exception {
    return TemplateFile.read(TemplateFile.locate(Path.of("")));
  }

  @Test
  void theMaintenanceScheduleIsPlayedAtTheTemplatesRate() throws Exception {
    assertEquals(
        List.of(
            new TemplateTriggers.Schedule(
                "MaintenanceFunction", "EveryFiveMinutes", Duration.ofMinutes(5))),
        TemplateTriggers.schedules(template()));
  }

  @Test
  void theFanOutJobStreamIsPolled_theChangeFeedStreamIsNot() throws Exception {
    List<TemplateTriggers.PolledStream> polled = TemplateTriggers.polledStreams(template());

    assertEquals(1, polled.size(), polled.toString());
    assertEquals("MaintenanceFunction", polled.get(0).function());
    assertEquals("FanOutJobs", polled.get(0).event());
    assertEquals(List.of("SYS#FANOUT"), polled.get(0).partitions());
  }
}
