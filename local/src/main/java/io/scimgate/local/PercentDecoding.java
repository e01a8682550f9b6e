package io.scimgate.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding that never fails: a {@code %} not followed by two hex digits stays as it is
 * ({@code %zz} reaches the function as {@code %zz}, which then answers its own 4xx, e.g. a SCIM
 * {@code invalidFilter}), and bytes that are not UTF-8 become U+FFFD, as in any lenient decoder.
 */
final class PercentDecoding {
  private PercentDecoding() {}

  /**
   * @param plusIsSpace {@code true} for query strings (form encoding), {@code false} in paths
   */
  static String decode(String text, boolean plusIsSpace) {
    if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && hex(text, i + 1) >= 0 && hex(text, i + 2) >= 0) {
        bytes.write(hex(text, i + 1) * 16 + hex(text, i + 2));
        i += 2;
        continue;
      }
      flush(bytes, out);
      out.append(plusIsSpace && c == '+' ? ' ' : c);
    }
    flush(bytes, out);
    return out.toString();
  }

  private static int hex(String text, int i) {
    return i < text.length() ? Character.digit(text.charAt(i), 16) : -1;
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
    }
  }
}
