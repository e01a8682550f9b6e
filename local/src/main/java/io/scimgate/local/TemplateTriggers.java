package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Keys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The non-HTTP event sources of template.yaml's functions that {@link LocalTriggers} plays: {@code
 * Schedule} events with a {@code rate(…)} expression, and {@code DynamoDB} stream events whose
 * filter selects items by {@code gsi1pk} (so a poll of those gsi1 partitions can stand in for the
 * stream).
 */
final class TemplateTriggers {
  private static final Pattern RATE =
      Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

  private TemplateTriggers() {}

  /** A {@code Schedule} event: {@code function} every {@code every}. */
  record Schedule(String function, String event, Duration every) {}

  /** A stream event played by polling gsi1 {@code partitions} for new items. */
  record PolledStream(String function, String event, String pattern, List<String> partitions) {}

  /** The template's {@code Schedule} events with a {@code rate(…)} expression. */
  static List<Schedule> schedules(TemplateFile template) {
    List<Schedule> out = new ArrayList<>();
    for (TemplateFile.FunctionEvent e : events(template, "Schedule")) {
      Matcher m = RATE.matcher(String.valueOf(e.properties().get("Schedule")));
      if (!m.matches()) {
        throw new IllegalStateException(
            e.function() + "." + e.event() + ": only rate(…) is played");
      }
      long n = Long.parseLong(m.group(1));
      Duration every =
          switch (m.group(2).charAt(0)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      out.add(new Schedule(e.function(), e.event(), every));
    }
    return out;
  }

  /** The template's DynamoDB stream events whose filter names {@code gsi1pk} values. */
  static List<PolledStream> polledStreams(TemplateFile template) {
    List<PolledStream> out = new ArrayList<>();
    for (TemplateFile.FunctionEvent e : events(template, "DynamoDB")) {
      String pattern = template.filterPattern(e.function(), e.event());
      List<String> partitions = new ArrayList<>();
      parse(pattern)
          .at("/dynamodb/NewImage/" + Keys.GSI1_PK + "/S")
          .forEach(v -> {
            if (v.isTextual()) {
              partitions.add(v.asText());
            }
          });
      if (!partitions.isEmpty()) {
        out.add(new PolledStream(e.function(), e.event(), pattern, List.copyOf(partitions)));
      }
    }
    return out;
  }

  private static List<TemplateFile.FunctionEvent> events(TemplateFile template, String type) {
    return template.functionEvents().stream().filter(e -> e.type().equals(type)).toList();
  }

  private static JsonNode parse(String pattern) {
    try {
      return Json.parse(pattern);
    } catch (Exception e) {
      throw new IllegalStateException("filter pattern is not JSON: " + pattern, e);
    }
  }
}
