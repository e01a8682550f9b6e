package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.schema.AttributeDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Equality of two values of one attribute as SCIM defines it: strings of a {@code caseExact: false}
 * attribute compare case-insensitively (RFC 7643 §2.2), complex values compare by their
 * sub-attributes, and multi-valued attributes compare as unordered collections.
 */
public final class SameValue {
  private static final String PRIMARY = "primary";

  private SameValue() {}

  /**
   * Whether {@code a} and {@code b}, two elements of the multi-valued attribute {@code def}, are
   * the same element: equal as above in every sub-attribute except {@code primary}, which marks an
   * element rather than being part of it. A multi-valued attribute holds each element once.
   */
  public static boolean element(AttributeDef def, JsonNode a, JsonNode b) {
    return elementKey(def, a).equals(elementKey(def, b));
  }

  /**
   * A key equal for two elements exactly when {@link #element} holds, so that a long list (20 000
   * members) is checked for repeats in linear time.
   */
  public static String elementKey(AttributeDef def, JsonNode value) {
    if (!def.isComplex()) {
      return scalarKey(def, value);
    }
    StringBuilder key = new StringBuilder();
    for (AttributeDef sub : def.subAttributes()) {
      if (!sub.name().equals(PRIMARY)) {
        JsonNode field = field(value, sub);
        key.append(field == null || field.isNull() ? "-" : "+" + scalarKey(sub, field))
            .append('\u0000');
      }
    }
    return key.toString();
  }

  private static String scalarKey(AttributeDef def, JsonNode value) {
    if (value.isTextual() && !def.caseExact()) {
      return value.textValue().toLowerCase(Locale.ROOT);
    }
    return value.toString();
  }

  private static JsonNode field(JsonNode object, AttributeDef sub) {
    JsonNode found = null;
    for (var it = object.fields(); it.hasNext(); ) {
      var e = it.next();
      if (e.getKey().equalsIgnoreCase(sub.name())) {
        found = e.getValue();
      }
    }
    return found;
  }

  static boolean of(AttributeDef def, JsonNode a, JsonNode b) {
    if (!def.multiValued()) {
      return single(def, a, b);
    }
    if (!a.isArray() || !b.isArray() || a.size() != b.size()) {
      return false;
    }
    List<JsonNode> unmatched = new ArrayList<>();
    b.forEach(unmatched::add);
    for (JsonNode value : a) {
      int match = indexOf(def, unmatched, value);
      if (match < 0) {
        return false;
      }
      unmatched.remove(match);
    }
    return true;
  }

  private static int indexOf(AttributeDef def, List<JsonNode> values, JsonNode value) {
    for (int i = 0; i < values.size(); i++) {
      if (single(def, value, values.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean single(AttributeDef def, JsonNode a, JsonNode b) {
    boolean aMissing = a == null || a.isNull();
    boolean bMissing = b == null || b.isNull();
    if (aMissing || bMissing) {
      return aMissing == bMissing;
    }
    if (def.isComplex()) {
      for (AttributeDef sub : def.subAttributes()) {
        if (!single(sub, a.get(sub.name()), b.get(sub.name()))) {
          return false;
        }
      }
      return true;
    }
    if (a.isTextual() && b.isTextual() && !def.caseExact()) {
      return a.textValue().equalsIgnoreCase(b.textValue());
    }
    return a.equals(b);
  }
}
