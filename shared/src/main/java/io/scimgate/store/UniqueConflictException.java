package io.scimgate.store;

/** A unique value (userName, externalId, group displayName) is already taken in the tenant. */
public final class UniqueConflictException extends RuntimeException {
  private final String attribute;

  public UniqueConflictException(String attribute) {
    super(attribute + " is already taken", null, false, false);
    this.attribute = attribute;
  }

  /** The SCIM attribute name whose value collided. */
  public String attribute() {
    return attribute;
  }
}
