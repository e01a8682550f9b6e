package io.scimgate.scim.resource;

import io.scimgate.scim.schema.ResourceType;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code attributes} and {@code excludedAttributes} query parameters (RFC 7644 §3.4.2.5, §3.9)
 * as sent: comma-separated attribute paths, compared case-insensitively, optionally URN-qualified
 * ({@code urn:…:enterprise:2.0:User:employeeNumber}) or naming a sub-attribute ({@code
 * name.givenName}, {@code emails.value}). An extension URN alone names its whole extension. Names
 * that match no attribute are ignored. When a request carries both parameters, {@code attributes}
 * chooses and {@code excludedAttributes} then removes.
 */
public final class AttributeSelection {
  private static final AttributeSelection DEFAULT = new AttributeSelection(List.of(), List.of());

  private final List<String> attributes;
  private final List<String> excludedAttributes;

  private AttributeSelection(List<String> attributes, List<String> excludedAttributes) {
    this.attributes = attributes;
    this.excludedAttributes = excludedAttributes;
  }

  /** No parameters: the attributes returned by default. */
  public static AttributeSelection defaults() {
    return DEFAULT;
  }

  /** Parses the two query parameter values; either may be {@code null} or blank when absent. */
  public static AttributeSelection of(String attributes, String excludedAttributes) {
    return new AttributeSelection(split(attributes), split(excludedAttributes));
  }

  private static List<String> split(String parameter) {
    if (parameter == null) {
      return List.of();
    }
    return Arrays.stream(parameter.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public List<String> attributes() {
    return attributes;
  }

  public List<String> excludedAttributes() {
    return excludedAttributes;
  }

  /**
   * Whether a response projected with this selection would carry the attribute at {@code path}
   * (when the resource has a value for it). A sub-attribute path asks about that sub-attribute; a
   * top-level path is wanted when any part of it would be returned. Lets a caller skip loading what
   * will not be returned, e.g. Group {@code members} under Entra's {@code
   * excludedAttributes=members}.
   */
  public boolean wants(ResourceType type, String path) {
    SelectionRules rules = rules(type);
    return type.resolve(path)
        .map(r ->
            rules.includes(r.schema(), r.attribute())
                && (r.sub() == null || rules.includes(r.schema(), r.attribute(), r.sub())))
        .orElse(false);
  }

  SelectionRules rules(ResourceType type) {
    return new SelectionRules(type, attributes, excludedAttributes);
  }

  @Override
  public String toString() {
    return "AttributeSelection[attributes="
        + attributes
        + ", excludedAttributes="
        + excludedAttributes
        + "]";
  }
}
