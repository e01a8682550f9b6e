package io.scimgate.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a DynamoDB Streams event as Lambda delivers it ({@code {"Records":[{"eventName",
 * "dynamodb":{"NewImage","SequenceNumber"}}]}}), reduced to the change-feed events they carry.
 * Records of other items (the stream has every table write; the event source mapping's filter
 * passes only event inserts) are skipped; an event item whose {@code event} attribute is not an
 * event is poison: kept with its raw record so it can be parked in the dead-letter queue.
 */
public final class StreamRecords {
  private StreamRecords() {}

  /**
   * @param event the parsed event, or {@code null} for a poison record
   * @param userId the user the event is about, or {@code null}
   */
  public record Record(String sequenceNumber, ObjectNode event, String userId, JsonNode raw) {
    public boolean poison() {
      return event == null;
    }
  }

  public static List<Record> of(JsonNode streamEvent) {
    List<Record> out = new ArrayList<>();
    for (JsonNode record : streamEvent.path("Records")) {
      JsonNode image = record.path("dynamodb").path("NewImage");
      if (!"INSERT".equals(record.path("eventName").asText()) || !image.has("event")) {
        continue;
      }
      String sequence = record.path("dynamodb").path("SequenceNumber").asText(null);
      String userId = image.path("userId").path("S").asText(null);
      out.add(
          new Record(sequence, parse(image.path("event").path("S").asText(null)), userId, record));
    }
    return out;
  }

  /** The event if it has the shape every event has ({@code id}, {@code type}, ...), else null. */
  private static ObjectNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      JsonNode node = Json.parse(json);
      if (node instanceof ObjectNode event
          && event.path("id").isTextual()
          && event.path("type").isTextual()
          && event.path("tenantId").isTextual()
          && event.path("time").isTextual()
          && event.has("data")) {
        return event;
      }
      return null;
    } catch (Exception notJson) {
      return null;
    }
  }
}
