package io.scimgate.access;

import java.util.List;

/**
 * What a user may do in the SaaS product right now ({@code grants}), and what they would get once
 * the tenant enables synchronisation ({@code pendingGrants}). At most one of the two is non-empty.
 */
public record UserAccess(
    String userId,
    boolean active,
    List<CommunityAccess> grants,
    List<CommunityAccess> pendingGrants) {
  public UserAccess {
    grants = List.copyOf(grants);
    pendingGrants = List.copyOf(pendingGrants);
  }
}
