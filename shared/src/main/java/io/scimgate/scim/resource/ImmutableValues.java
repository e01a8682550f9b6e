package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaDef;
import java.util.ArrayList;
import java.util.List;

/** The immutability rule of RFC 7644 §3.5.1 for a PUT, applied to canonical resources. */
final class ImmutableValues {
  private ImmutableValues() {}

  static void check(ResourceType type, JsonNode existing, JsonNode replacement) {
    List<AttributeDef> core = new ArrayList<>(type.commonAttributes());
    core.addAll(type.schema().attributes());
    checkAll(core, existing, replacement, "");
    for (SchemaDef extension : type.extensions()) {
      checkAll(
          extension.attributes(),
          existing.path(extension.id()),
          replacement.path(extension.id()),
          extension.id() + ":");
    }
  }

  private static void checkAll(
      List<AttributeDef> defs, JsonNode existing, JsonNode replacement, String prefix) {
    for (AttributeDef def : defs) {
      JsonNode before = existing.get(def.name());
      JsonNode after = replacement.get(def.name());
      if (before == null || before.isNull() || after == null || after.isNull()) {
        continue;
      }
      if (def.mutability() == Mutability.IMMUTABLE && !SameValue.of(def, before, after)) {
        throw new MutabilityException("Attribute '" + prefix + def.name() + "' is immutable");
      }
      if (def.isComplex() && !def.multiValued()) {
        checkAll(def.subAttributes(), before, after, prefix + def.name() + ".");
      }
    }
  }
}
