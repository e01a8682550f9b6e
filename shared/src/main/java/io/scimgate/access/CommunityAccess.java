package io.scimgate.access;

import java.util.List;

/**
 * A user's access to one community: the highest role any of their grants gives, and where that role
 * comes from.
 *
 * @param groups ids of the user's groups that grant this role, sorted
 * @param fromDefault whether the tenant's default grants give this role too
 */
public record CommunityAccess(
    String community, String role, List<String> groups, boolean fromDefault) {
  public CommunityAccess {
    groups = List.copyOf(groups);
  }
}
