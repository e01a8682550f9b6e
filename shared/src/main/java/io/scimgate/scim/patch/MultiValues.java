package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.CompareOp;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.resource.SameValue;
import io.scimgate.scim.schema.AttributeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Operations on the values of a multi-valued attribute (RFC 7643 §2.4, RFC 7644 §3.5.2). */
final class MultiValues {
  private MultiValues() {}

  /**
   * Appends the values not already present and returns those appended. Values equal to an existing
   * one are skipped; group members are the same member when their {@code value}s are equal, so a
   * repeated add with another {@code display} does not duplicate the member.
   */
  static List<JsonNode> add(AttributeDef def, ArrayNode array, ArrayNode values) {
    List<JsonNode> added = new ArrayList<>();
    for (JsonNode value : values) {
      boolean present = false;
      for (JsonNode existing : array) {
        present |= existing.equals(value) || sameMember(def, existing, value);
      }
      if (!present) {
        array.add(value);
        added.add(value);
      }
    }
    return added;
  }

  /**
   * Adds {@code entry} unless the array holds the same element already (RFC 7644 §3.5.2.1: a value
   * already present changes nothing; equality as {@link SameValue#element}, so a repeat that only
   * sets {@code primary} marks the present element). Returns the element now in the array.
   */
  static ObjectNode addOnce(AttributeDef def, ArrayNode array, ObjectNode entry) {
    for (JsonNode existing : array) {
      if (existing instanceof ObjectNode present && SameValue.element(def, present, entry)) {
        JsonNode primary = ResourceNodes.field(entry, "primary");
        if (primary != null && primary.asBoolean(false)) {
          PatchValues.put(present, "primary", primary);
        }
        return present;
      }
    }
    array.add(entry);
    return entry;
  }

  private static boolean sameMember(AttributeDef def, JsonNode a, JsonNode b) {
    return def.name().equalsIgnoreCase("members")
        && a.path("value").isTextual()
        && a.path("value").equals(b.path("value"));
  }

  /**
   * Removes the values that match one of {@code listed}: a complex value matches an item when it
   * has every sub-attribute the item gives, with an equal value. This is Entra's {@code
   * {"op":"Remove","path":"members","value":[{"value":"u1"}]}}, which removes u1 only.
   */
  static void removeListed(AttributeDef def, ArrayNode array, JsonNode listed, String path) {
    JsonNode items = PatchValues.coerce(def, listed, path);
    for (int i = array.size() - 1; i >= 0; i--) {
      for (JsonNode item : items) {
        if (covers(array.get(i), item)) {
          array.remove(i);
          break;
        }
      }
    }
  }

  private static boolean covers(JsonNode existing, JsonNode item) {
    if (!item.isObject()) {
      return existing.equals(item);
    }
    for (Map.Entry<String, JsonNode> field : item.properties()) {
      if (!field.getValue().equals(ResourceNodes.field(existing, field.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Keeps "primary" true on at most one value (RFC 7643 §2.4): a value this operation set primary
   * clears the flag on the others (RFC 7644 §3.5.2); two new primaries are an invalid value.
   */
  static void settlePrimary(ArrayNode array, List<? extends JsonNode> touched, String path) {
    JsonNode winner = null;
    for (JsonNode value : touched) {
      if (isPrimary(value)) {
        if (winner != null) {
          throw new InvalidValueException("only one value of '" + path + "' may be primary");
        }
        winner = value;
      }
    }
    int primaries = 0;
    for (JsonNode value : array) {
      if (winner != null && value != winner && isPrimary(value)) {
        ((ObjectNode) value).put(ResourceNodes.fieldName(value, "primary"), false);
      }
      primaries += isPrimary(value) ? 1 : 0;
    }
    if (primaries > 1) {
      throw new InvalidValueException("only one value of '" + path + "' may be primary");
    }
  }

  private static boolean isPrimary(JsonNode value) {
    JsonNode primary = ResourceNodes.field(value, "primary");
    return primary != null && primary.asBoolean(false);
  }

  /**
   * The value a filter describes, built from its {@code eq} terms joined by {@code and}: {@code
   * emails[type eq "work"]} describes {@code {"type":"work"}}. Empty when the filter uses anything
   * else, since then it does not say what to create.
   */
  static Optional<ObjectNode> describedBy(AttributeDef def, Filter filter, String path) {
    ObjectNode entry = Json.object();
    return collect(def, filter, entry, path) ? Optional.of(entry) : Optional.empty();
  }

  private static boolean collect(AttributeDef def, Filter filter, ObjectNode entry, String path) {
    if (filter instanceof Filter.And and) {
      return collect(def, and.left(), entry, path) && collect(def, and.right(), entry, path);
    }
    if (filter instanceof Filter.Comparison c && c.op() == CompareOp.EQ && !c.value().isNull()) {
      Optional<AttributeDef> sub = def.sub(c.path().attribute());
      if (sub.isPresent() && c.path().subAttribute() == null && c.path().schemaUrn() == null) {
        entry.set(sub.get().name(), PatchValues.single(sub.get(), c.value(), path));
        return true;
      }
    }
    return false;
  }
}
