package io.scimgate.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.CommunityAccess;
import io.scimgate.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code access.changed}: a user's effective grants now and before, and the cause. Emitted only
 * when the effective grants differ, compared as community → role (a second group giving the same
 * role changes nothing a product acts on). Grants render as the access endpoint renders them.
 */
public final class AccessEvents {
  public static final String MEMBERSHIP = "membership";
  public static final String GRANTS = "grants";
  public static final String DEFAULT_GRANTS = "default-grants";
  public static final String ROLES = "roles";
  public static final String SYNC = "sync";
  public static final String DEACTIVATION = "deactivation";
  public static final String REACTIVATION = "reactivation";
  public static final String GROUP_DELETED = "group-deleted";
  public static final String USER_DELETED = "user-deleted";

  private AccessEvents() {}

  /** Empty when {@code before} and {@code now} give the same role in the same communities. */
  public static Optional<ChangeEvent> changed(
      String userId,
      List<CommunityAccess> before,
      List<CommunityAccess> now,
      String causeKind,
      String groupId) {
    if (roles(before).equals(roles(now))) {
      return Optional.empty();
    }
    ObjectNode data = Json.object();
    data.put("userId", userId);
    data.set("grants", json(now));
    data.set("previous", json(before));
    ObjectNode cause = data.putObject("cause");
    cause.put("kind", causeKind);
    if (groupId != null) {
      cause.put("groupId", groupId);
    }
    return Optional.of(new ChangeEvent(EventType.ACCESS_CHANGED, userId, data));
  }

  private static Map<String, String> roles(List<CommunityAccess> grants) {
    Map<String, String> out = new TreeMap<>();
    grants.forEach(g -> out.put(g.community(), g.role()));
    return out;
  }

  /** As {@code GET /admin/tenants/{t}/users/{u}/access} renders {@code grants}. */
  public static ArrayNode json(List<CommunityAccess> grants) {
    ArrayNode out = Json.array();
    for (CommunityAccess a : grants) {
      ObjectNode item = out.addObject();
      item.put("community", a.community());
      item.put("role", a.role());
      ArrayNode groups = item.putArray("groups");
      a.groups().forEach(groups::add);
      item.put("default", a.fromDefault());
    }
    return out;
  }
}
