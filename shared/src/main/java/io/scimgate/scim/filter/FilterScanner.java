package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidFilterException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Character-level reading for {@link FilterParser}: names, keywords and JSON literals. */
final class FilterScanner {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final String text;
  private int pos;

  FilterScanner(String text) {
    this.text = text;
  }

  int position() {
    return pos;
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  void skipSpaces() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  void requireSpace() {
    if (!Character.isWhitespace(peek())) {
      throw error(atEnd() ? "unexpected end of filter" : "expected a space");
    }
    skipSpaces();
  }

  void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'" + (atEnd() ? " but the filter ended" : ""));
    }
    pos++;
  }

  /** Consumes {@code keyword} (after optional spaces) when followed by a space or '('. */
  boolean keyword(String keyword) {
    int start = pos;
    skipSpaces();
    int end = pos + keyword.length();
    if (text.regionMatches(true, pos, keyword, 0, keyword.length())
        && end < text.length()
        && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(')) {
      pos = end;
      return true;
    }
    pos = start;
    return false;
  }

  /** Consumes {@code not} when it is followed by optional spaces and '('. */
  boolean notKeyword() {
    int start = pos;
    if (text.regionMatches(true, pos, "not", 0, 3)) {
      pos += 3;
      skipSpaces();
      if (peek() == '(') {
        return true;
      }
    }
    pos = start;
    return false;
  }

  AttrPath attrPath() {
    int start = pos;
    while (!atEnd() && isPathChar(peek())) {
      pos++;
    }
    if (start == pos) {
      throw error(
          atEnd()
              ? "expected an attribute name but the filter ended"
              : "expected an attribute name");
    }
    try {
      return AttrPath.parse(text.substring(start, pos));
    } catch (InvalidFilterException e) {
      throw new InvalidFilterException(e.detail() + " at position " + (start + 1));
    }
  }

  String word() {
    int start = pos;
    while (!atEnd() && Character.isLetter(peek())) {
      pos++;
    }
    if (start == pos) {
      throw error("expected an operator");
    }
    return text.substring(start, pos);
  }

  /** A {@code compValue}: JSON string, {@code true}, {@code false}, {@code null} or a number. */
  JsonNode literal() {
    if (peek() == '"') {
      return Json.NODES.textNode(string());
    }
    int start = pos;
    while (!atEnd() && !Character.isWhitespace(peek()) && peek() != ')' && peek() != ']') {
      pos++;
    }
    String token = text.substring(start, pos);
    if (token.equalsIgnoreCase("true") || token.equalsIgnoreCase("false")) {
      return Json.NODES.booleanNode(token.equalsIgnoreCase("true"));
    }
    if (token.equalsIgnoreCase("null")) {
      return Json.NODES.nullNode();
    }
    if (INTEGER.matcher(token).matches()) {
      return Json.NODES.numberNode(new BigInteger(token));
    }
    if (DECIMAL.matcher(token).matches()) {
      return Json.NODES.numberNode(new BigDecimal(token));
    }
    pos = start;
    throw error(token.isEmpty() ? "expected a value" : "invalid value '" + token + "'");
  }

  private String string() {
    try {
      QuotedString quoted = QuotedString.read(text, pos);
      pos = quoted.end();
      return quoted.value();
    } catch (IllegalArgumentException e) {
      throw new InvalidFilterException(e.getMessage());
    }
  }

  private static boolean isPathChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-'
        || c == '$'
        || c == ':'
        || c == '.';
  }

  InvalidFilterException error(String message) {
    return errorAt(pos, message);
  }

  InvalidFilterException errorAt(int at, String message) {
    return new InvalidFilterException(message + " at position " + (at + 1));
  }
}
