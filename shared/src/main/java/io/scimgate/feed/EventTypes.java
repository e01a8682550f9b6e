package io.scimgate.feed;

import java.util.List;

/** The event types of the change feed (docs/events.md); the list is a fixed contract. */
public final class EventTypes {
  public static final String USER_CREATED = "user.created";
  public static final String USER_UPDATED = "user.updated";
  public static final String USER_DEACTIVATED = "user.deactivated";
  public static final String USER_REACTIVATED = "user.reactivated";
  public static final String USER_DELETED = "user.deleted";
  public static final String GROUP_CREATED = "group.created";
  public static final String GROUP_UPDATED = "group.updated";
  public static final String GROUP_DELETED = "group.deleted";
  public static final String MEMBERSHIP_ADDED = "membership.added";
  public static final String MEMBERSHIP_REMOVED = "membership.removed";
  public static final String ACCESS_CHANGED = "access.changed";

  /** On EventBridge only: published after an erasure, when the tenant's feed is gone with it. */
  public static final String TENANT_DELETED = "tenant.deleted";

  public static final List<String> ALL =
      List.of(
          USER_CREATED,
          USER_UPDATED,
          USER_DEACTIVATED,
          USER_REACTIVATED,
          USER_DELETED,
          GROUP_CREATED,
          GROUP_UPDATED,
          GROUP_DELETED,
          MEMBERSHIP_ADDED,
          MEMBERSHIP_REMOVED,
          ACCESS_CHANGED,
          TENANT_DELETED);

  private EventTypes() {}
}
