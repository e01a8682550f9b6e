package io.scimgate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Assertions on captured log output — standard output of an in-process test or of a function
 * process run from its jar — one JSON object per line (docs/decisions/0050-logging-and-metrics.md).
 * Written against text so the same checks run over any capture.
 */
public final class LogLines {
  private final String text;
  private final List<JsonNode> lines = new ArrayList<>();

  private LogLines(String text) {
    this.text = text;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        lines.add(Json.parse(line));
      } catch (Exception e) {
        fail("log line is not one JSON object: " + line);
      }
    }
  }

  /** Parses {@code captured}; fails unless every non-blank line is a JSON object. */
  public static LogLines of(String captured) {
    return new LogLines(captured);
  }

  public List<JsonNode> all() {
    return lines;
  }

  /** The access lines ({@code "event":"access"}), in order. */
  public List<JsonNode> access() {
    return lines.stream().filter(l -> "access".equals(l.path("event").asText())).toList();
  }

  /** Every line carries timestamp, level, event, requestId and the context fields. */
  public LogLines assertContextOnEveryLine() {
    for (JsonNode line : lines) {
      for (String field :
          List.of(
              "timestamp",
              "level",
              "event",
              "requestId",
              "function",
              "coldStart",
              "tenant",
              "route")) {
        assertTrue(line.has(field), field + " missing in " + line);
      }
    }
    return this;
  }

  /** None of {@code secrets} appears anywhere in the output, in any case. */
  public LogLines assertNoneOf(String... secrets) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String secret : secrets) {
      assertFalse(
          lower.contains(secret.toLowerCase(java.util.Locale.ROOT)),
          "a secret reached the log: " + secret);
    }
    return this;
  }

  /**
   * The access line is a valid embedded-metric-format document: every metric a directive names is a
   * top-level number and every dimension a top-level string.
   */
  public static void assertEmf(JsonNode line) {
    JsonNode directives = line.path("_aws").path("CloudWatchMetrics");
    assertTrue(line.path("_aws").path("Timestamp").isIntegralNumber(), "EMF Timestamp");
    assertTrue(directives.isArray() && !directives.isEmpty(), "EMF directives");
    for (JsonNode d : directives) {
      assertEquals("scimgate", d.path("Namespace").asText());
      for (JsonNode set : d.path("Dimensions")) {
        for (JsonNode dimension : set) {
          assertTrue(
              line.path(dimension.asText()).isTextual(), "dimension " + dimension + " in " + line);
        }
      }
      for (JsonNode metric : d.path("Metrics")) {
        assertTrue(
            line.path(metric.path("Name").asText()).isNumber(), "metric " + metric + " in " + line);
      }
    }
  }
}
