package io.scimgate.admin;

/**
 * A failed admin request: an HTTP status and a message safe to show the operator. Mapped to {@code
 * {"message": …}} in exactly one place, {@link AdminFrontDoor}.
 */
public final class AdminException extends RuntimeException {
  private final int status;

  private AdminException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static AdminException badRequest(String message) {
    return new AdminException(400, message);
  }

  public static AdminException unauthorized(String message) {
    return new AdminException(401, message);
  }

  public static AdminException forbidden(String message) {
    return new AdminException(403, message);
  }

  public static AdminException notFound(String message) {
    return new AdminException(404, message);
  }

  public static AdminException conflict(String message) {
    return new AdminException(409, message);
  }
}
