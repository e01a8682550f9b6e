package io.scimgate.admin;

import io.scimgate.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors of the id-ordered admin listings: {@code l1|<tenant>|<listing>|<last id>},
 * base64url. A cursor of another tenant or listing, or one we never issued, is a 400.
 */
final class ListCursor {
  private static final String VERSION = "l1";

  private ListCursor() {}

  /** The last id of the previous page named by {@code ?cursor=}, or null without one. */
  static String after(HttpRequest request, String tenantId, String listing) {
    String cursor = QueryParams.optional(request, "cursor").orElse(null);
    if (cursor == null) {
      return null;
    }
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      throw invalid();
    }
    String prefix = VERSION + "|" + tenantId + "|" + listing + "|";
    if (!plain.startsWith(prefix) || plain.length() == prefix.length()) {
      throw invalid();
    }
    return plain.substring(prefix.length());
  }

  /** The cursor of the page after {@code lastId}; null (JSON null) when there is none. */
  static String next(String tenantId, String listing, String lastId) {
    if (lastId == null) {
      return null;
    }
    String plain = VERSION + "|" + tenantId + "|" + listing + "|" + lastId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static AdminException invalid() {
    return AdminException.badRequest(
        "\"cursor\" is not a cursor this listing issued; start again without it.");
  }
}
