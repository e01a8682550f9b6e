package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import java.util.Objects;

/**
 * RFC 7643 §2.2 mutability for PATCH. Writing a readOnly attribute is refused unless the value is
 * unchanged — Okta's group rename repeats the group's {@code id} in a path-less replace. An
 * immutable attribute may be set once; changing or removing an existing value is refused.
 */
final class MutabilityRules {
  private MutabilityRules() {}

  /** The mutability that governs {@code leaf} inside {@code top}: the stricter of the two. */
  static Mutability effective(AttributeDef top, AttributeDef leaf) {
    Mutability a = top.mutability();
    Mutability b = leaf == null ? a : leaf.mutability();
    if (a == Mutability.READ_ONLY || b == Mutability.READ_ONLY) {
      return Mutability.READ_ONLY;
    }
    if (a == Mutability.IMMUTABLE || b == Mutability.IMMUTABLE) {
      return Mutability.IMMUTABLE;
    }
    return b;
  }

  static void checkChange(
      AttributeDef top, AttributeDef leaf, JsonNode current, JsonNode next, String path) {
    Mutability m = effective(top, leaf);
    if (same(current, next)) {
      return;
    }
    if (m == Mutability.READ_ONLY) {
      throw new MutabilityException("'" + path + "' is readOnly");
    }
    if (m == Mutability.IMMUTABLE && !ResourceNodes.isEmpty(current)) {
      throw new MutabilityException("'" + path + "' is immutable and already has a value");
    }
  }

  static void checkRemove(AttributeDef top, AttributeDef leaf, JsonNode current, String path) {
    checkChange(top, leaf, current, null, path);
  }

  /** Refuses any write to a readOnly attribute, whatever the value. */
  static void checkNotReadOnly(AttributeDef top, String path) {
    if (top.mutability() == Mutability.READ_ONLY) {
      throw new MutabilityException("'" + path + "' is readOnly");
    }
  }

  private static boolean same(JsonNode current, JsonNode next) {
    if (ResourceNodes.isEmpty(current) || ResourceNodes.isEmpty(next)) {
      return ResourceNodes.isEmpty(current) && ResourceNodes.isEmpty(next);
    }
    return Objects.equals(current, next);
  }
}
