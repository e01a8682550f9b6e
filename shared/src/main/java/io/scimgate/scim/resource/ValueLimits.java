package io.scimgate.scim.resource;

import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.schema.ResourceType;
import java.util.Set;

/**
 * Size limits on single values. Values that end up in DynamoDB keys ({@code userName}, {@code
 * externalId}, a Group's {@code displayName}, a member's {@code value}) are capped well below
 * DynamoDB's key limits (2048 bytes partition key, 1024 bytes sort key) so that a prefix and a
 * tenant id still fit. Every limit is counted in UTF-8 bytes, as DynamoDB counts, and answered with
 * 400 {@code invalidValue}: the whole-body limit (413) belongs to the HTTP layer.
 */
final class ValueLimits {
  /** Key-bearing values: userName, externalId, Group displayName, members.value. */
  static final int KEY_BYTES = 512;

  /** Any other string or reference. */
  static final int STRING_BYTES = 4096;

  /** Binary values (base64 DER X.509 certificates run to a few kilobytes). */
  static final int BINARY_BYTES = 16384;

  private static final Set<String> USER_KEYS = Set.of("userName", "externalId");
  private static final Set<String> GROUP_KEYS =
      Set.of("displayName", "externalId", "members.value");

  private final Set<String> keyPaths;

  ValueLimits(ResourceType type) {
    this.keyPaths = type.name().equals("Group") ? GROUP_KEYS : USER_KEYS;
  }

  /** Checks {@code text}, the value at canonical {@code path}, against its limit. */
  void check(String path, String text, boolean binary) {
    int limit = keyPaths.contains(path) ? KEY_BYTES : binary ? BINARY_BYTES : STRING_BYTES;
    if (utf8Length(text) > limit) {
      throw new InvalidValueException(
          "Attribute '" + path + "' must not exceed " + limit + " bytes (UTF-8)");
    }
  }

  static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
