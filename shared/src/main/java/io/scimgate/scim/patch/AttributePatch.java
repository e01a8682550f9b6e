package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PATCH operations on a path without value filter: a whole attribute ({@code emails}) or a
 * sub-attribute ({@code name.givenName}, {@code urn:…:enterprise:2.0:User:manager.value}), per RFC
 * 7644 §3.5.2.1–3. Add appends to multi-valued attributes and merges into complex ones; replace
 * swaps a multi-valued attribute's whole list and merges into a complex one; remove with a value
 * array removes only the listed values.
 */
final class AttributePatch {
  private AttributePatch() {}

  static void apply(PatchTarget target, PatchOperation.Op op, JsonNode value) {
    AttributeDef sub = target.resolved().sub();
    if (sub == null) {
      whole(target, op, value);
    } else if (target.attribute().multiValued()) {
      subOfEach(target, op, sub, value);
    } else {
      subOfOne(target, op, sub, value);
    }
  }

  private static void whole(PatchTarget target, PatchOperation.Op op, JsonNode value) {
    AttributeDef def = target.attribute();
    JsonNode current = target.current();
    if (op == PatchOperation.Op.REMOVE) {
      if (def.multiValued() && value != null && !value.isNull()) {
        MutabilityRules.checkNotReadOnly(def, target.path());
        if (current instanceof ArrayNode array) {
          MultiValues.removeListed(def, array, value, target.path());
          if (array.isEmpty()) {
            target.remove();
          }
        }
        return;
      }
      if (!ResourceNodes.isEmpty(current) && def.required()) {
        throw new InvalidValueException(
            "'" + target.path() + "' is required and cannot be removed");
      }
      MutabilityRules.checkRemove(def, def, current, target.path());
      target.remove();
      return;
    }
    JsonNode coerced = PatchValues.coerce(def, value, target.path());
    if (coerced == null) {
      return;
    }
    if (def.multiValued()) {
      multi(target, op, (ArrayNode) coerced);
    } else if (def.isComplex()) {
      merge(target, (ObjectNode) coerced);
    } else {
      MutabilityRules.checkChange(def, def, current, coerced, target.path());
      target.set(coerced);
    }
  }

  private static void multi(PatchTarget target, PatchOperation.Op op, ArrayNode values) {
    AttributeDef def = target.attribute();
    if (op == PatchOperation.Op.REPLACE) {
      MutabilityRules.checkChange(def, def, target.current(), values, target.path());
      target.set(values);
      List<JsonNode> all = new ArrayList<>();
      values.forEach(all::add);
      MultiValues.settlePrimary(values, all, def.name());
      return;
    }
    if (def.mutability() == Mutability.READ_ONLY) {
      ArrayNode probe = target.current() instanceof ArrayNode a ? a.deepCopy() : values.arrayNode();
      if (!MultiValues.add(def, probe, values).isEmpty()) {
        MutabilityRules.checkNotReadOnly(def, target.path());
      }
      return;
    }
    ArrayNode array = target.array();
    MultiValues.settlePrimary(array, MultiValues.add(def, array, values), def.name());
  }

  /**
   * Merges sub-attributes into a single complex attribute. A new {@code value} (e.g. another
   * manager) drops the readOnly sub-attributes the server derived from the old one, such as {@code
   * manager.displayName}.
   */
  private static void merge(PatchTarget target, ObjectNode values) {
    AttributeDef def = target.attribute();
    JsonNode current = target.current();
    for (Map.Entry<String, JsonNode> field : values.properties()) {
      AttributeDef sub = def.sub(field.getKey()).orElseThrow();
      MutabilityRules.checkChange(
          def,
          sub,
          ResourceNodes.field(current, sub.name()),
          field.getValue(),
          target.path() + "." + sub.name());
    }
    ObjectNode object = target.object();
    JsonNode oldValue = ResourceNodes.field(object, "value");
    if (values.has("value") && oldValue != null && !oldValue.equals(values.get("value"))) {
      def.subAttributes().stream()
          .filter(s -> s.mutability() == Mutability.READ_ONLY)
          .forEach(s -> PatchValues.remove(object, s.name()));
    }
    values.properties().forEach(f -> PatchValues.put(object, f.getKey(), f.getValue()));
  }

  private static void subOfOne(
      PatchTarget target, PatchOperation.Op op, AttributeDef sub, JsonNode value) {
    AttributeDef def = target.attribute();
    JsonNode parent = target.current();
    if (op == PatchOperation.Op.REMOVE) {
      if (parent instanceof ObjectNode object) {
        MutabilityRules.checkRemove(
            def, sub, ResourceNodes.field(object, sub.name()), target.path());
        PatchValues.remove(object, sub.name());
        if (object.isEmpty()) {
          target.remove();
        }
      }
      return;
    }
    JsonNode coerced = PatchValues.single(sub, value, target.path());
    if (coerced != null) {
      ObjectNode values = Json.object();
      values.set(sub.name(), coerced);
      merge(target, values);
    }
  }

  /** {@code emails.type} without filter addresses the sub-attribute of every value. */
  private static void subOfEach(
      PatchTarget target, PatchOperation.Op op, AttributeDef sub, JsonNode value) {
    AttributeDef def = target.attribute();
    MutabilityRules.checkNotReadOnly(def, target.path());
    List<ObjectNode> entries = new ArrayList<>();
    if (target.current() instanceof ArrayNode array) {
      array.forEach(e -> {
        if (e instanceof ObjectNode o) {
          entries.add(o);
        }
      });
    }
    if (op == PatchOperation.Op.REMOVE) {
      for (ObjectNode entry : entries) {
        MutabilityRules.checkRemove(
            def, sub, ResourceNodes.field(entry, sub.name()), target.path());
        PatchValues.remove(entry, sub.name());
      }
      return;
    }
    JsonNode coerced = PatchValues.single(sub, value, target.path());
    if (coerced == null) {
      return;
    }
    if (entries.isEmpty()) {
      entries.add(target.array().addObject());
    }
    for (ObjectNode entry : entries) {
      MutabilityRules.checkChange(
          def, sub, ResourceNodes.field(entry, sub.name()), coerced, target.path());
      PatchValues.put(entry, sub.name(), coerced);
    }
    MultiValues.settlePrimary(target.array(), entries, def.name());
  }
}
