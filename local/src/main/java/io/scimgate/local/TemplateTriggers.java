package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Keys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    events(
        template,
        "Schedule",
        (function, event, props) -> {
          Matcher m = RATE.matcher(String.valueOf(props.get("Schedule")));
          if (!m.matches()) {
            throw new IllegalStateException(function + "." + event + ": only rate(…) is played");
          }
          long n = Long.parseLong(m.group(1));
          Duration every =
              switch (m.group(2).charAt(0)) {
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              };
          out.add(new Schedule(function, event, every));
        });
    return out;
  }

  /** The template's DynamoDB stream events whose filter names {@code gsi1pk} values. */
  static List<PolledStream> polledStreams(TemplateFile template) {
    List<PolledStream> out = new ArrayList<>();
    events(
        template,
        "DynamoDB",
        (function, event, props) -> {
          String pattern = template.filterPattern(function, event);
          List<String> partitions = new ArrayList<>();
          parse(pattern)
              .at("/dynamodb/NewImage/" + Keys.GSI1_PK + "/S")
              .forEach(v -> {
                if (v.isTextual()) {
                  partitions.add(v.asText());
                }
              });
          if (!partitions.isEmpty()) {
            out.add(new PolledStream(function, event, pattern, List.copyOf(partitions)));
          }
        });
    return out;
  }

  private interface EventVisitor {
    void visit(String function, String event, Map<String, Object> properties);
  }

  private static void events(TemplateFile template, String type, EventVisitor visitor) {
    template
        .section("Resources")
        .forEach((function, value) -> {
          Map<String, Object> resource = TemplateFile.map(value);
          if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
            return;
          }
          TemplateFile.map(TemplateFile.map(resource.get("Properties")).get("Events"))
              .forEach((event, e) -> {
                Map<String, Object> definition = TemplateFile.map(e);
                if (type.equals(definition.get("Type"))) {
                  visitor.visit(function, event, TemplateFile.map(definition.get("Properties")));
                }
              });
        });
  }

  private static JsonNode parse(String pattern) {
    try {
      return Json.parse(pattern);
    } catch (Exception e) {
      throw new IllegalStateException("filter pattern is not JSON: " + pattern, e);
    }
  }
}
