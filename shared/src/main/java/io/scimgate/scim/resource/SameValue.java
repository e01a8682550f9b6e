package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.schema.AttributeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Equality of two values of one attribute as SCIM defines it: strings of a {@code caseExact:
 * false} attribute compare case-insensitively (RFC 7643 §2.2), complex values compare by their
 * sub-attributes, and multi-valued attributes compare as unordered collections.
 */
final class SameValue {
  private SameValue() {}

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
