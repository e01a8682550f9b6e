package io.scimgate.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.StoredResource;
import java.util.Optional;

/**
 * The user events of one committed write. A replace that flips {@code active} is a deactivation or
 * a reactivation (with {@code previous} like an update); a replace that changes no attribute (an
 * IdP re-sending the same user) has no effect worth an event and yields none.
 */
public final class UserEvents {
  private UserEvents() {}

  public static ChangeEvent created(StoredResource user, boolean invite) {
    ObjectNode data = Json.object();
    data.set("user", ResourceViews.user(user));
    if (invite) {
      data.put("invite", true);
    }
    return new ChangeEvent(EventType.USER_CREATED, user.id(), data);
  }

  public static Optional<ChangeEvent> replaced(StoredResource before, StoredResource after) {
    ObjectNode old = ResourceViews.user(before);
    ObjectNode now = ResourceViews.user(after);
    ObjectNode previous = Previous.of(old, now);
    if (previous.isEmpty()) {
      return Optional.empty();
    }
    boolean wasActive = active(before);
    boolean isActive = active(after);
    EventType type =
        wasActive == isActive
            ? EventType.USER_UPDATED
            : isActive ? EventType.USER_REACTIVATED : EventType.USER_DEACTIVATED;
    ObjectNode data = Json.object();
    data.set("user", now);
    data.set("previous", previous);
    return Optional.of(new ChangeEvent(type, after.id(), data));
  }

  public static ChangeEvent deleted(StoredResource before) {
    ObjectNode data = Json.object();
    data.set("user", ResourceViews.user(before));
    return new ChangeEvent(EventType.USER_DELETED, before.id(), data);
  }

  /** SCIM leaves {@code active} optional; a user without it is active. */
  public static boolean active(StoredResource user) {
    return user.document().path("active").asBoolean(true);
  }
}
