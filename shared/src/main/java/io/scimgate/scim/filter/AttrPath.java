package io.scimgate.scim.filter;

import io.scimgate.scim.error.InvalidFilterException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An attribute path as written in a filter or PATCH path (RFC 7644 §3.4.2.2 {@code attrPath}): an
 * optional schema URN, an attribute name and an optional sub-attribute, e.g. {@code
 * urn:ietf:params:scim:schemas:core:2.0:User:name.givenName}. Names keep the case the client sent;
 * they are resolved case-insensitively against the schema (RFC 7643 §2.1).
 *
 * @param schemaUrn the URN prefix, or {@code null} when the path is not URN-qualified
 * @param attribute the attribute name
 * @param subAttribute the sub-attribute name, or {@code null}
 */
public record AttrPath(String schemaUrn, String attribute, String subAttribute) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z$][A-Za-z0-9_$-]*");
  private static final Pattern URN = Pattern.compile("(?i)urn:[A-Za-z0-9._:-]+");

  public AttrPath {
    if (attribute == null || !NAME.matcher(attribute).matches()) {
      throw new InvalidFilterException("invalid attribute name '" + attribute + "'");
    }
    if (subAttribute != null && !NAME.matcher(subAttribute).matches()) {
      throw new InvalidFilterException("invalid sub-attribute name '" + subAttribute + "'");
    }
    if (schemaUrn != null && !URN.matcher(schemaUrn).matches()) {
      throw new InvalidFilterException("invalid schema URN '" + schemaUrn + "'");
    }
  }

  /** An unqualified path without sub-attribute. */
  public static AttrPath of(String attribute) {
    return new AttrPath(null, attribute, null);
  }

  /**
   * Parses {@code [URN ":"] attrName ["." subAttr]}. The URN is everything before the last colon,
   * so the dots of a version such as {@code 2.0} stay in the URN.
   *
   * @throws InvalidFilterException on a malformed path
   */
  public static AttrPath parse(String text) {
    String rest = text;
    String urn = null;
    if (text.toLowerCase(Locale.ROOT).startsWith("urn:")) {
      int colon = text.lastIndexOf(':');
      urn = text.substring(0, colon);
      rest = text.substring(colon + 1);
    }
    int dot = rest.indexOf('.');
    if (dot < 0) {
      return new AttrPath(urn, rest, null);
    }
    return new AttrPath(urn, rest.substring(0, dot), rest.substring(dot + 1));
  }

  /** This path without its sub-attribute. */
  public AttrPath withoutSub() {
    return new AttrPath(schemaUrn, attribute, null);
  }

  /**
   * The canonical text, e.g. {@code urn:…:User:name.givenName}, as {@code ResourceType.resolve}
   * reads it.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (schemaUrn != null) {
      text.append(schemaUrn).append(':');
    }
    text.append(attribute);
    if (subAttribute != null) {
      text.append('.').append(subAttribute);
    }
    return text.toString();
  }
}
