package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.filter.AttrPath;
import io.scimgate.scim.filter.CompareOp;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import java.util.ArrayList;
import java.util.List;

/**
 * Value filters on {@code members} in PATCH paths, e.g. {@code members[value eq "u1"]}. A filter
 * that only names ids ({@code value eq}, joined by {@code or}) is answered without reading the
 * member list; any other filter is evaluated against each stored member.
 */
final class MemberFilter {
  private final FilterEvaluator evaluator;
  private final AttributeDef members;

  MemberFilter(ResourceType group) {
    this.evaluator = new FilterEvaluator(group);
    this.members = group.schema().attribute("members").orElseThrow();
  }

  /** The ids the filter names, or {@code null} when it needs the member list. */
  List<String> ids(Filter filter) {
    try {
      evaluator.validate(new Filter.ValuePath(AttrPath.of("members"), filter));
    } catch (InvalidFilterException e) {
      throw new InvalidPathException("Invalid members filter: " + e.detail());
    }
    List<String> ids = new ArrayList<>();
    return collectIds(filter, ids) ? ids : null;
  }

  boolean matches(Filter filter, ObjectNode member) {
    return evaluator.matchesValue(members, filter, member);
  }

  private static boolean collectIds(Filter filter, List<String> ids) {
    return switch (filter) {
      case Filter.Or or -> collectIds(or.left(), ids) && collectIds(or.right(), ids);
      case Filter.Comparison c
          when c.op() == CompareOp.EQ
              && c.value().isTextual()
              && c.path().schemaUrn() == null
              && c.path().subAttribute() == null
              && c.path().attribute().equalsIgnoreCase("value") ->
          ids.add(c.value().textValue());
      default -> false;
    };
  }
}
