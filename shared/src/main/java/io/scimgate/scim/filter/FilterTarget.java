package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * A filter attribute resolved for {@link FilterEvaluator}, and how to read its values from a
 * resource ({@code resolved} set) or from one value of a complex attribute inside {@code attr[…]}.
 *
 * @param sub the sub-attribute of {@code a.b}, or {@code null}
 */
record FilterTarget(
    ResourceType type,
    ResourceType.ResolvedAttribute resolved,
    AttributeDef top,
    AttributeDef sub) {

  /**
   * The attribute a comparison reads: the path's end, or the {@code value} of a multi-valued
   * complex.
   */
  AttributeDef leaf() {
    if (sub != null || !top.isComplex() || !top.multiValued()) {
      return sub != null ? sub : top;
    }
    return top.sub("value").orElse(top);
  }

  /** The top-level node in a resource, or the sub-attribute's node in one complex value. */
  JsonNode node(JsonNode context) {
    return resolved != null && context instanceof ObjectNode resource
        ? ResourceNodes.attribute(resource, type, resolved)
        : ResourceNodes.field(context, top.name());
  }

  /** The non-empty values; when {@code comparing}, those of {@link #leaf()}. */
  List<JsonNode> values(JsonNode context, boolean comparing) {
    List<JsonNode> values = flatten(node(context));
    String subName = sub != null ? sub.name() : (comparing && leaf() != top ? leaf().name() : null);
    if (subName != null) {
      List<JsonNode> subs = new ArrayList<>();
      values.forEach(v -> subs.addAll(flatten(ResourceNodes.field(v, subName))));
      values = subs;
    }
    values.removeIf(ResourceNodes::isEmpty);
    return values;
  }

  static List<JsonNode> flatten(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(out::add);
    } else if (node != null) {
      out.add(node);
    }
    return out;
  }
}
