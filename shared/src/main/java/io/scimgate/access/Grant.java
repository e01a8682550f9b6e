package io.scimgate.access;

import java.util.Objects;

/**
 * Access to one community with one role: what a group (or the tenant's default grants) gives its
 * members. Community names and roles are the SaaS product's own vocabulary.
 */
public record Grant(String community, String role) {
  public Grant {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(role, "role");
  }
}
