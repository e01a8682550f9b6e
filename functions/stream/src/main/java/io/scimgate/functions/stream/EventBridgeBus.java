package io.scimgate.functions.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.feed.StreamDelivery;
import io.scimgate.json.Json;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * The bus as EventBridge: one PutEvents per call, {@code source = scimgate}, {@code detail-type} =
 * the event type, {@code detail} = the event. Lives here, not in shared/, so that only this
 * function's jar carries the EventBridge client.
 */
final class EventBridgeBus implements StreamDelivery.Bus {
  static final String SOURCE = "scimgate";

  private final EventBridgeClient client;
  private final String busName;

  EventBridgeBus(EventBridgeClient client, String busName) {
    this.client = client;
    this.busName = busName;
  }

  @Override
  public List<Boolean> put(List<ObjectNode> events) {
    List<PutEventsRequestEntry> entries =
        events.stream()
            .map(e ->
                PutEventsRequestEntry.builder()
                    .eventBusName(busName)
                    .source(SOURCE)
                    .detailType(e.get("type").asText())
                    .detail(Json.write(e))
                    .build())
            .toList();
    PutEventsResponse response = client.putEvents(r -> r.entries(entries));
    return response.entries().stream().map(entry -> entry.errorCode() == null).toList();
  }
}
