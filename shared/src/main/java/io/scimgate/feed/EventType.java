package io.scimgate.feed;

/** The event types of the change feed (docs/events.md): a fixed contract, in its wire spelling. */
public enum EventType {
  USER_CREATED("user.created"),
  USER_UPDATED("user.updated"),
  USER_DEACTIVATED("user.deactivated"),
  USER_REACTIVATED("user.reactivated"),
  USER_DELETED("user.deleted"),
  GROUP_CREATED("group.created"),
  GROUP_UPDATED("group.updated"),
  GROUP_DELETED("group.deleted"),
  MEMBERSHIP_ADDED("membership.added"),
  MEMBERSHIP_REMOVED("membership.removed"),
  ACCESS_CHANGED("access.changed"),
  /** On EventBridge only: published after an erasure, when the tenant's feed is gone with it. */
  TENANT_DELETED("tenant.deleted");

  private final String wire;

  EventType(String wire) {
    this.wire = wire;
  }

  /** As the feed's {@code type} and EventBridge's {@code detail-type} carry it. */
  public String wire() {
    return wire;
  }
}
