package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.error.InvalidFilterException;

/**
 * Recursive-descent parser for the filter grammar of RFC 7644 §3.4.2.2 (Figure 1): {@code and}
 * binds tighter than {@code or}, {@code not (…)} and parentheses group, operators and keywords are
 * case-insensitive. Runs of whitespace are accepted where the grammar asks for one space.
 *
 * <p>Input longer than {@value #MAX_LENGTH} characters or nested deeper than {@value #MAX_DEPTH}
 * levels is refused, so a hostile filter cannot exhaust the stack.
 */
public final class FilterParser {
  public static final int MAX_LENGTH = 8192;
  public static final int MAX_DEPTH = 50;

  private final FilterScanner in;
  private int depth;

  private FilterParser(String text) {
    this.in = new FilterScanner(text);
  }

  /**
   * Parses a complete filter.
   *
   * @throws InvalidFilterException with the position of the first error
   */
  public static Filter parse(String text) {
    return parseWhole(text, false);
  }

  /**
   * Parses the filter between the brackets of a value path ({@code valFilter}), whose attribute
   * names are relative to the bracketed attribute and which may not contain another value path.
   */
  public static Filter parseValueFilter(String text) {
    return parseWhole(text, true);
  }

  private static Filter parseWhole(String text, boolean inValuePath) {
    if (text == null || text.isBlank()) {
      throw new InvalidFilterException("filter is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidFilterException("filter is longer than " + MAX_LENGTH + " characters");
    }
    FilterParser parser = new FilterParser(text);
    Filter filter = parser.or(inValuePath);
    parser.in.skipSpaces();
    if (!parser.in.atEnd()) {
      throw parser.in.error("unexpected '" + parser.in.peek() + "'");
    }
    return filter;
  }

  private Filter or(boolean inValuePath) {
    Filter left = and(inValuePath);
    while (in.keyword("or")) {
      left = new Filter.Or(left, and(inValuePath));
    }
    return left;
  }

  private Filter and(boolean inValuePath) {
    Filter left = unary(inValuePath);
    while (in.keyword("and")) {
      left = new Filter.And(left, unary(inValuePath));
    }
    return left;
  }

  private Filter unary(boolean inValuePath) {
    in.skipSpaces();
    boolean negated = in.notKeyword();
    if (negated || in.peek() == '(') {
      enter();
      in.expect('(');
      Filter inner = or(inValuePath);
      in.skipSpaces();
      in.expect(')');
      depth--;
      return negated ? new Filter.Not(inner) : inner;
    }
    return attributeExpression(inValuePath);
  }

  private Filter attributeExpression(boolean inValuePath) {
    AttrPath path = in.attrPath();
    if (in.peek() != '[') {
      return comparison(path);
    }
    if (inValuePath) {
      throw in.error("a value filter cannot contain another value path");
    }
    if (path.subAttribute() != null) {
      throw in.error("a value path must name a top-level attribute");
    }
    enter();
    in.expect('[');
    Filter inner = or(true);
    in.skipSpaces();
    in.expect(']');
    depth--;
    if (in.peek() != '.') {
      return new Filter.ValuePath(path, inner);
    }
    in.expect('.');
    AttrPath sub = in.attrPath();
    if (sub.schemaUrn() != null || sub.subAttribute() != null) {
      throw in.error("expected a sub-attribute name after ']'");
    }
    return new Filter.ValuePath(path, new Filter.And(inner, comparison(sub)));
  }

  private Filter comparison(AttrPath path) {
    in.requireSpace();
    int at = in.position();
    String keyword = in.word();
    if (keyword.equalsIgnoreCase("pr")) {
      return new Filter.Present(path);
    }
    CompareOp op =
        CompareOp.fromKeyword(keyword)
            .orElseThrow(() -> in.errorAt(at, "unknown operator '" + keyword + "'"));
    in.requireSpace();
    JsonNode value = in.literal();
    return new Filter.Comparison(path, op, value);
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw in.error("filter is nested deeper than " + MAX_DEPTH + " levels");
    }
  }
}
