package io.scimgate.scim.filter;

/**
 * A JSON string literal in a filter ({@code compValue}, RFC 7644 §3.4.2.2 and RFC 8259 §7), with
 * its escapes decoded.
 *
 * @param value the decoded text
 * @param end the index just after the closing quote
 */
record QuotedString(String value, int end) {

  /**
   * Reads the string starting at the quote at {@code start}.
   *
   * @throws IllegalArgumentException with a message naming the problem and its position
   */
  static QuotedString read(String text, int start) {
    StringBuilder out = new StringBuilder();
    int pos = start + 1;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return new QuotedString(out.toString(), pos);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append(unicode(text, pos));
          pos += 4;
        }
        default ->
            throw new IllegalArgumentException("invalid escape '\\" + e + "' at position " + pos);
      }
    }
    throw new IllegalArgumentException("unterminated string at position " + (start + 1));
  }

  private static char unicode(String text, int pos) {
    if (pos + 4 > text.length()) {
      throw new IllegalArgumentException("incomplete \\u escape at position " + (pos + 1));
    }
    try {
      return (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("invalid \\u escape at position " + (pos + 1));
    }
  }
}
