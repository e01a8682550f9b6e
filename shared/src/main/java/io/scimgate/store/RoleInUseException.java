package io.scimgate.store;

/**
 * A roles change would remove a role that a grant still names: the default grants ({@code groupId}
 * null) or a group's grants. Nothing was written.
 */
public final class RoleInUseException extends RuntimeException {
  private final String role;
  private final String groupId;

  public RoleInUseException(String role, String groupId) {
    super("role " + role + " still granted", null, false, false);
    this.role = role;
    this.groupId = groupId;
  }

  public String role() {
    return role;
  }

  /** The group whose grants name the role, or null for the tenant's default grants. */
  public String groupId() {
    return groupId;
  }
}
