package io.scimgate.scim.common;

import io.scimgate.http.HttpRequest;
import io.scimgate.scim.error.PreconditionFailedException;

/**
 * Versioning with ETags (RFC 7644 §3.14): the ETag of a resource is the weak tag {@code
 * W/"<version>"} of its stored version, also served as {@code meta.version}. Tags in {@code
 * If-Match} and {@code If-None-Match} compare by their opaque value, weak or strong alike: clients
 * echo {@code meta.version}, and some drop the {@code W/} prefix.
 */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "W/\"" + version + "\"";
  }

  /**
   * Enforces {@code If-Match} (RFC 7232 §3.1) against the current version.
   *
   * @throws PreconditionFailedException when the header is present and names neither the current
   *     version nor {@code *}
   */
  public static void checkIfMatch(HttpRequest request, long currentVersion) {
    request
        .header("if-match")
        .ifPresent(header -> {
          if (!listed(header, currentVersion)) {
            throw new PreconditionFailedException(
                "If-Match does not name the current version " + of(currentVersion) + ".");
          }
        });
  }

  /** True when the request carries {@code If-Match}: a concurrent change must then be a 412. */
  public static boolean conditional(HttpRequest request) {
    return request.header("if-match").isPresent();
  }

  /** True when {@code If-None-Match} names the current version (or {@code *}): answer 304. */
  public static boolean notModified(HttpRequest request, long currentVersion) {
    return request.header("if-none-match").map(h -> listed(h, currentVersion)).orElse(false);
  }

  private static boolean listed(String header, long version) {
    String wanted = Long.toString(version);
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/") || t.startsWith("w/")) {
        t = t.substring(2);
      }
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
        t = t.substring(1, t.length() - 1);
      }
      if (t.equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
