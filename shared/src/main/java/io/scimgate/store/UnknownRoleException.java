package io.scimgate.store;

/**
 * Grants name a role that is not (any longer) one of the tenant's roles, checked as a condition of
 * the write itself: a roles change that committed first wins. Nothing was written.
 */
public final class UnknownRoleException extends RuntimeException {
  public UnknownRoleException() {
    super("a granted role is not one of the tenant's roles", null, false, false);
  }
}
