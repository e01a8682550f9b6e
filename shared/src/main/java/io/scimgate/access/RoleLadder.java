package io.scimgate.access;

import java.util.List;

/**
 * A tenant's roles from lowest to highest. When several grants name the same community, the highest
 * role wins.
 */
public record RoleLadder(List<String> roles) {
  /** What a tenant has until it sets its own. */
  public static final RoleLadder DEFAULT =
      new RoleLadder(List.of("reader", "contributor", "admin"));

  public RoleLadder {
    roles = List.copyOf(roles);
    if (roles.isEmpty() || roles.stream().distinct().count() != roles.size()) {
      throw new IllegalArgumentException("roles must be a non-empty list without repeats");
    }
  }

  public boolean knows(String role) {
    return roles.contains(role);
  }

  /** 0 for the lowest role; -1 for a role the tenant does not have. */
  public int rank(String role) {
    return roles.indexOf(role);
  }
}
