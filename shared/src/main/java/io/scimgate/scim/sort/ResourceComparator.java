package io.scimgate.scim.sort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.AttrPath;
import io.scimgate.scim.filter.DateTimes;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Orders resources for {@code sortBy}/{@code sortOrder} (RFC 7644 §3.4.2.3). Ascending unless
 * {@code sortOrder} is "descending" (compared case-insensitively, being lenient with clients);
 * resources without a value sort last when ascending and first when descending, as the RFC asks. A
 * multi-valued attribute sorts by its primary value, else its first. Strings honour {@code
 * caseExact}, dateTimes compare as instants. Ties, and a missing {@code sortBy}, fall back to
 * {@code id} so pages stay stable.
 *
 * <p>An unknown or complex {@code sortBy}, or an unknown {@code sortOrder}, is an {@link
 * InvalidValueException} (400 invalidValue): these are query parameters, not filters.
 */
public final class ResourceComparator implements Comparator<ObjectNode> {
  private static final Comparator<ObjectNode> BY_ID =
      Comparator.comparing(r -> r.path("id").asText(""));

  private final Comparator<ObjectNode> order;

  public ResourceComparator(ResourceType type, String sortBy, String sortOrder) {
    boolean descending = descending(sortOrder);
    if (sortBy == null || sortBy.isBlank()) {
      order = BY_ID;
      return;
    }
    ResolvedAttribute resolved = resolve(type, sortBy);
    AttributeDef leaf = leaf(resolved, sortBy);
    Function<ObjectNode, JsonNode> value = r -> sortValue(r, type, resolved, leaf);
    Comparator<ObjectNode> byValue =
        switch (leaf.type()) {
          case BOOLEAN -> by(value, n -> n.isBoolean() ? n.booleanValue() : null);
          case INTEGER, DECIMAL ->
              by(value, n -> n.isNumber() ? n.decimalValue() : (BigDecimal) null);
          case DATE_TIME -> by(value, n -> DateTimes.parse(n.asText()).orElse(null));
          default ->
              by(value, n -> leaf.caseExact() ? n.asText() : n.asText().toLowerCase(Locale.ROOT));
        };
    order = (descending ? byValue.reversed() : byValue).thenComparing(BY_ID);
  }

  @Override
  public int compare(ObjectNode a, ObjectNode b) {
    return order.compare(a, b);
  }

  private static boolean descending(String sortOrder) {
    if (sortOrder == null || sortOrder.isBlank() || sortOrder.equalsIgnoreCase("ascending")) {
      return false;
    }
    if (sortOrder.equalsIgnoreCase("descending")) {
      return true;
    }
    throw new InvalidValueException("sortOrder must be \"ascending\" or \"descending\"");
  }

  private static ResolvedAttribute resolve(ResourceType type, String sortBy) {
    try {
      return type.resolve(AttrPath.parse(sortBy).toString())
          .orElseThrow(
              () -> new InvalidValueException("unknown sortBy attribute '" + sortBy + "'"));
    } catch (InvalidFilterException e) {
      throw new InvalidValueException("invalid sortBy '" + sortBy + "'");
    }
  }

  /** The attribute compared: the path's end, or the {@code value} of a multi-valued complex. */
  private static AttributeDef leaf(ResolvedAttribute resolved, String sortBy) {
    AttributeDef leaf = resolved.leaf();
    if (leaf.isComplex() && leaf.multiValued()) {
      leaf = leaf.sub("value").orElse(leaf);
    }
    if (leaf.isComplex()) {
      throw new InvalidValueException("cannot sort by complex attribute '" + sortBy + "'");
    }
    return leaf;
  }

  private static JsonNode sortValue(
      ObjectNode resource, ResourceType type, ResolvedAttribute resolved, AttributeDef leaf) {
    JsonNode node = ResourceNodes.attribute(resource, type, resolved);
    if (node != null && node.isArray()) {
      node = primaryOrFirst(node);
    }
    if (leaf != resolved.attribute()) {
      node = ResourceNodes.field(node, leaf.name());
    }
    return ResourceNodes.isEmpty(node) ? null : node;
  }

  private static JsonNode primaryOrFirst(JsonNode array) {
    for (JsonNode element : array) {
      if (element.path("primary").asBoolean(false)) {
        return element;
      }
    }
    return array.isEmpty() ? null : array.get(0);
  }

  private static <T extends Comparable<? super T>> Comparator<ObjectNode> by(
      Function<ObjectNode, JsonNode> value, Function<JsonNode, T> key) {
    Function<ObjectNode, T> keyOf =
        r -> {
          JsonNode node = value.apply(r);
          return node == null ? null : key.apply(node);
        };
    return Comparator.comparing(keyOf, Comparator.nullsLast(Comparator.<T>naturalOrder()));
  }
}
