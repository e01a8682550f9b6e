package io.scimgate.store;

/** A membership write named a user that does not exist in the tenant; nothing was written. */
public final class MissingMemberException extends RuntimeException {
  private final String memberId;

  public MissingMemberException(String memberId) {
    super("no such user " + memberId, null, false, false);
    this.memberId = memberId;
  }

  public String memberId() {
    return memberId;
  }
}
