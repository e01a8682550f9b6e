package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.error.NoTargetException;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PATCH operations on a value-selection path such as {@code emails[type eq "work"].value} (RFC 7644
 * §3.5.2). Remove of a filter matching nothing is a no-op. Add or replace of a filter matching
 * nothing creates the value the filter describes — Entra's default dialect sends {@code
 * {"op":"Add","path":"emails[type eq \"work\"].value","value":"x"}} for a user without a work email
 * — and is noTarget only when the filter does not describe a value ({@code or}, {@code co}, …). The
 * value created is added only when no equal value is there already: {@code replace emails[value eq
 * "old"].value} with "new", sent again after "old" is gone, finds "new" present and changes
 * nothing, instead of adding one more "new" each time. Replace without sub-attribute replaces each
 * matched value, keeping the filter's {@code eq} terms and server-set readOnly sub-attributes the
 * new value leaves out.
 */
final class FilteredPatch {
  private final FilterEvaluator evaluator;

  FilteredPatch(FilterEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  void apply(PatchTarget target, PatchOperation.Op op, PatchPath path, JsonNode value) {
    AttributeDef def = target.attribute();
    String where = path.toString();
    if (!def.isComplex() || !def.multiValued()) {
      throw new InvalidPathException(
          "'" + path.attribute() + "' is not multi-valued complex: no value filter applies");
    }
    AttributeDef sub =
        path.subAttribute() == null
            ? null
            : def.sub(path.subAttribute())
                .orElseThrow(() ->
                    new InvalidPathException(
                        "'"
                            + path.subAttribute()
                            + "' is not a sub-attribute of '"
                            + def.name()
                            + "'"));
    MutabilityRules.checkNotReadOnly(def, where);
    List<ObjectNode> matches = matches(target, def, path.valueFilter());
    if (op == PatchOperation.Op.REMOVE) {
      remove(target, def, sub, matches, where);
      return;
    }
    JsonNode coerced = PatchValues.single(sub != null ? sub : def, value, where);
    if (coerced == null) {
      return;
    }
    if (matches.isEmpty()) {
      ObjectNode entry =
          MultiValues.describedBy(def, path.valueFilter(), where)
              .orElseThrow(() ->
                  new NoTargetException(
                      "no value of '" + def.name() + "' matches '" + where + "'"));
      write(entry, def, sub, coerced, where);
      matches = List.of(MultiValues.addOnce(def, target.array(), entry));
    } else {
      for (ObjectNode match : matches) {
        if (sub == null && op == PatchOperation.Op.REPLACE) {
          replace(match, def, path.valueFilter(), (ObjectNode) coerced, where);
        } else {
          write(match, def, sub, coerced, where);
        }
      }
    }
    MultiValues.settlePrimary(target.array(), matches, def.name());
  }

  private List<ObjectNode> matches(PatchTarget target, AttributeDef def, Filter filter) {
    List<ObjectNode> matches = new ArrayList<>();
    if (target.current() instanceof ArrayNode array) {
      for (JsonNode element : array) {
        if (element instanceof ObjectNode object && evaluator.matchesValue(def, filter, object)) {
          matches.add(object);
        }
      }
    }
    return matches;
  }

  private static void remove(
      PatchTarget target,
      AttributeDef def,
      AttributeDef sub,
      List<ObjectNode> matches,
      String where) {
    for (ObjectNode match : matches) {
      if (sub != null) {
        MutabilityRules.checkRemove(def, sub, ResourceNodes.field(match, sub.name()), where);
        PatchValues.remove(match, sub.name());
      }
    }
    if (sub == null && target.current() instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        int index = i;
        if (matches.stream().anyMatch(m -> m == array.get(index))) {
          array.remove(i);
        }
      }
      if (array.isEmpty()) {
        target.remove();
      }
    }
  }

  /** Sets the sub-attribute, or merges the object's sub-attributes, into one value. */
  private static void write(
      ObjectNode entry, AttributeDef def, AttributeDef sub, JsonNode coerced, String where) {
    if (sub != null) {
      MutabilityRules.checkChange(def, sub, ResourceNodes.field(entry, sub.name()), coerced, where);
      PatchValues.put(entry, sub.name(), coerced);
      return;
    }
    for (Map.Entry<String, JsonNode> field : coerced.properties()) {
      AttributeDef fieldDef = def.sub(field.getKey()).orElseThrow();
      MutabilityRules.checkChange(
          def, fieldDef, ResourceNodes.field(entry, fieldDef.name()), field.getValue(), where);
      PatchValues.put(entry, fieldDef.name(), field.getValue());
    }
  }

  private static void replace(
      ObjectNode match, AttributeDef def, Filter filter, ObjectNode value, String where) {
    ObjectNode next = MultiValues.describedBy(def, filter, where).orElseGet(match::objectNode);
    next.setAll(value);
    for (AttributeDef sub : def.subAttributes()) {
      JsonNode old = ResourceNodes.field(match, sub.name());
      if (sub.mutability() == Mutability.READ_ONLY && old != null) {
        next.set(sub.name(), old);
      }
      MutabilityRules.checkChange(def, sub, old, ResourceNodes.field(next, sub.name()), where);
    }
    match.removeAll();
    match.setAll(next);
  }
}
