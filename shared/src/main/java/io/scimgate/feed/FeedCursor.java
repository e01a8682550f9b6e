package io.scimgate.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code nextCursor} of the feed: the tenant and the id of the last event handed out, so
 * a cursor of another tenant (or anything we did not issue) is recognised and refused. An empty
 * event id means "from the start".
 */
public final class FeedCursor {
  private static final String VERSION = "f1";

  private FeedCursor() {}

  public static String encode(String tenantId, String eventId) {
    String plain = VERSION + "|" + tenantId + "|" + (eventId == null ? "" : eventId);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The event id the cursor names ({@code ""} for the start), or empty when the cursor is not one
   * this feed issued for {@code tenantId}.
   */
  public static Optional<String> decode(String tenantId, String cursor) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    String[] parts = plain.split("\\|", 3);
    if (parts.length != 3
        || !parts[0].equals(VERSION)
        || !parts[1].equals(tenantId)
        || !(parts[2].isEmpty() || EventIds.wellFormed(parts[2]))) {
      return Optional.empty();
    }
    return Optional.of(parts[2]);
  }
}
