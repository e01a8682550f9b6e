package io.scimgate.scim.patch;

import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.filter.AttrPath;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterParser;
import java.util.Objects;

/**
 * A PATCH target (RFC 7644 §3.5.2, {@code PATH = attrPath / valuePath [subAttr]}): {@code emails},
 * {@code name.givenName}, {@code emails[type eq "work"].value}, {@code members[value eq "u1"]} or a
 * URN-qualified path such as {@code urn:…:enterprise:2.0:User:manager.value}.
 *
 * @param attribute the attribute; carries a sub-attribute only when there is no value filter
 * @param valueFilter the value selection filter, relative to {@code attribute}, or {@code null}
 * @param subAttribute the sub-attribute after a value filter, or {@code null}
 */
public record PatchPath(AttrPath attribute, Filter valueFilter, String subAttribute) {
  public PatchPath {
    Objects.requireNonNull(attribute);
    if (valueFilter == null && subAttribute != null) {
      throw new IllegalArgumentException("a sub-attribute without filter belongs in the AttrPath");
    }
  }

  /**
   * Parses a PATCH path.
   *
   * @throws InvalidPathException on a malformed path or value filter
   */
  public static PatchPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidPathException("path is empty");
    }
    if (text.length() > FilterParser.MAX_LENGTH) {
      throw new InvalidPathException(
          "path is longer than " + FilterParser.MAX_LENGTH + " characters");
    }
    String path = text.strip();
    try {
      int open = path.indexOf('[');
      if (open < 0) {
        return new PatchPath(AttrPath.parse(path), null, null);
      }
      int close = closingBracket(path, open);
      AttrPath attribute = AttrPath.parse(path.substring(0, open));
      if (attribute.subAttribute() != null) {
        throw new InvalidPathException(
            "a value filter must follow a top-level attribute in '" + path + "'");
      }
      Filter filter = FilterParser.parseValueFilter(path.substring(open + 1, close));
      String rest = path.substring(close + 1);
      if (rest.isEmpty()) {
        return new PatchPath(attribute, filter, null);
      }
      if (!rest.startsWith(".")) {
        throw new InvalidPathException("unexpected '" + rest + "' after ']' in '" + path + "'");
      }
      return new PatchPath(attribute, filter, AttrPath.of(rest.substring(1)).attribute());
    } catch (InvalidFilterException e) {
      throw new InvalidPathException("invalid path '" + path + "': " + e.detail());
    }
  }

  private static int closingBracket(String path, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i;
      }
    }
    throw new InvalidPathException("missing ']' in '" + path + "'");
  }

  /** The canonical text, as {@link #parse} reads it. */
  @Override
  public String toString() {
    if (valueFilter == null) {
      return attribute.toString();
    }
    return attribute + "[" + valueFilter + "]" + (subAttribute == null ? "" : "." + subAttribute);
  }
}
