package io.scimgate.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An event before it is written: what happened ({@code type}, {@code data}) and, when it is about
 * one user, that user's id (kept as an attribute of the event item so the stream function can keep
 * each user's events in order). The store adds {@code id}, {@code tenantId} and {@code time} when
 * it stamps the event inside the transaction that makes the change.
 */
public record ChangeEvent(EventType type, String userId, ObjectNode data) {

  /** The event as the feed and EventBridge carry it (docs/events.md). */
  public ObjectNode render(String id, String tenantId, String time) {
    ObjectNode out = io.scimgate.json.Json.object();
    out.put("id", id);
    out.put("type", type.wire());
    out.put("tenantId", tenantId);
    out.put("time", time);
    out.set("data", data);
    return out;
  }
}
