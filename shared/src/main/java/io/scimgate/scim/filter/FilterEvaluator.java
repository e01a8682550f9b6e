package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.AttributeType;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.Returned;
import io.scimgate.scim.schema.Uniqueness;
import java.util.List;

/**
 * Evaluates filters against resources of one type (RFC 7644 §3.4.2.2). A multi-valued attribute
 * matches when any of its values matches; comparing a multi-valued complex attribute itself ({@code
 * emails co "x"}) compares its {@code value} sub-attribute. A missing attribute matches {@code ne}
 * and {@code eq null} and nothing else. {@code schemas} is filterable as a multi-valued string, as
 * in the RFC's example {@code schemas eq "urn:…:enterprise:2.0:User"}.
 */
public final class FilterEvaluator {
  private static final AttributeDef SCHEMAS =
      new AttributeDef(
          "schemas",
          AttributeType.REFERENCE,
          true,
          true,
          false,
          Mutability.READ_ONLY,
          Returned.ALWAYS,
          Uniqueness.NONE,
          List.of(),
          List.of(),
          List.of("uri"));

  private final ResourceType type;

  public FilterEvaluator(ResourceType type) {
    this.type = type;
  }

  /** Rejects unknown attributes and undefined operator/type combinations with invalidFilter. */
  public void validate(Filter filter) {
    validate(filter, null);
  }

  /**
   * Whether the resource matches.
   *
   * @throws InvalidFilterException when the filter does not fit this resource type
   */
  public boolean matches(Filter filter, ObjectNode resource) {
    return eval(filter, resource, null);
  }

  /**
   * Whether one value of a complex attribute matches a value filter whose names are relative to
   * that attribute, as in {@code emails[type eq "work"]} (used by PATCH value-selection paths).
   */
  public boolean matchesValue(AttributeDef complexAttribute, Filter valueFilter, JsonNode element) {
    return element != null && element.isObject() && eval(valueFilter, element, complexAttribute);
  }

  private void validate(Filter filter, AttributeDef scope) {
    switch (filter) {
      case Filter.Comparison c ->
          ValueComparison.check(target(c.path(), scope).leaf(), c.op(), c.value(), c.path());
      case Filter.Present p -> target(p.path(), scope);
      case Filter.And a -> {
        validate(a.left(), scope);
        validate(a.right(), scope);
      }
      case Filter.Or o -> {
        validate(o.left(), scope);
        validate(o.right(), scope);
      }
      case Filter.Not n -> validate(n.inner(), scope);
      case Filter.ValuePath v -> validate(v.valueFilter(), complexTarget(v, scope).top());
    }
  }

  private boolean eval(Filter filter, JsonNode context, AttributeDef scope) {
    return switch (filter) {
      case Filter.Comparison c -> compare(c, context, scope);
      case Filter.Present p -> !target(p.path(), scope).values(context, false).isEmpty();
      case Filter.And a -> eval(a.left(), context, scope) && eval(a.right(), context, scope);
      case Filter.Or o -> eval(o.left(), context, scope) || eval(o.right(), context, scope);
      case Filter.Not n -> !eval(n.inner(), context, scope);
      case Filter.ValuePath v -> {
        FilterTarget t = complexTarget(v, scope);
        for (JsonNode element : FilterTarget.flatten(t.node(context))) {
          if (element.isObject() && eval(v.valueFilter(), element, t.top())) {
            yield true;
          }
        }
        yield false;
      }
    };
  }

  private boolean compare(Filter.Comparison c, JsonNode context, AttributeDef scope) {
    FilterTarget t = target(c.path(), scope);
    ValueComparison.check(t.leaf(), c.op(), c.value(), c.path());
    List<JsonNode> values = t.values(context, true);
    if (c.value().isNull()) {
      return (c.op() == CompareOp.EQ) == values.isEmpty();
    }
    if (values.isEmpty()) {
      return c.op() == CompareOp.NE;
    }
    return values.stream().anyMatch(v -> ValueComparison.test(t.leaf(), c.op(), c.value(), v));
  }

  private FilterTarget complexTarget(Filter.ValuePath v, AttributeDef scope) {
    FilterTarget t = target(v.attribute(), scope);
    if (scope != null || !t.top().isComplex() || t.sub() != null) {
      throw new InvalidFilterException("'" + v.attribute() + "' is not a complex attribute");
    }
    return t;
  }

  private FilterTarget target(AttrPath path, AttributeDef scope) {
    if (scope != null) {
      if (path.schemaUrn() != null || path.subAttribute() != null) {
        throw new InvalidFilterException(
            "inside '" + scope.name() + "[…]' name a sub-attribute, not '" + path + "'");
      }
      AttributeDef sub = scope.sub(path.attribute()).orElseThrow(() -> unknown(path));
      return new FilterTarget(type, null, sub, null);
    }
    if (path.schemaUrn() == null
        && path.subAttribute() == null
        && path.attribute().equalsIgnoreCase(SCHEMAS.name())) {
      return new FilterTarget(type, null, SCHEMAS, null);
    }
    ResourceType.ResolvedAttribute r =
        type.resolve(path.toString()).orElseThrow(() -> unknown(path));
    return new FilterTarget(type, r, r.attribute(), r.sub());
  }

  private InvalidFilterException unknown(AttrPath path) {
    return new InvalidFilterException("unknown attribute '" + path + "' for " + type.name());
  }
}
