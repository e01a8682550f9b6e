package io.scimgate.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.StoredResource;
import java.util.Optional;

/** Group and membership events; one membership event per member that actually changed. */
public final class GroupEvents {
  private GroupEvents() {}

  public static ChangeEvent created(StoredResource group) {
    ObjectNode data = Json.object();
    data.set("group", ResourceViews.group(group));
    return new ChangeEvent(EventType.GROUP_CREATED, null, data);
  }

  /** Empty when neither displayName nor externalId changed. */
  public static Optional<ChangeEvent> updated(StoredResource before, StoredResource after) {
    ObjectNode now = ResourceViews.group(after);
    ObjectNode previous = Previous.of(ResourceViews.group(before), now);
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode data = Json.object();
    data.set("group", now);
    data.set("previous", previous);
    return Optional.of(new ChangeEvent(EventType.GROUP_UPDATED, null, data));
  }

  public static ChangeEvent deleted(StoredResource group) {
    ObjectNode data = Json.object();
    data.set("group", ResourceViews.group(group));
    return new ChangeEvent(EventType.GROUP_DELETED, null, data);
  }

  public static ChangeEvent memberAdded(String groupId, String userId) {
    return membership(EventType.MEMBERSHIP_ADDED, groupId, userId);
  }

  public static ChangeEvent memberRemoved(String groupId, String userId) {
    return membership(EventType.MEMBERSHIP_REMOVED, groupId, userId);
  }

  private static ChangeEvent membership(EventType type, String groupId, String userId) {
    ObjectNode data = Json.object();
    data.put("groupId", groupId);
    data.put("userId", userId);
    return new ChangeEvent(type, userId, data);
  }
}
