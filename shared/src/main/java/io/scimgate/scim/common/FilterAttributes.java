package io.scimgate.scim.common;

import io.scimgate.scim.filter.AttrPath;
import io.scimgate.scim.filter.Filter;
import java.util.Set;

/** Which top-level attributes a filter reads (names compared case-insensitively). */
public final class FilterAttributes {
  private FilterAttributes() {}

  /**
   * True when the filter compares one of {@code names} (bare names of top-level attributes, e.g.
   * {@code id}, {@code meta}); the store's documents lack those server-kept attributes, so such a
   * filter must be evaluated on the rendered resource instead.
   */
  public static boolean mentions(Filter filter, Set<String> names) {
    return switch (filter) {
      case Filter.Comparison c -> named(c.path(), names);
      case Filter.Present p -> named(p.path(), names);
      case Filter.ValuePath v -> named(v.attribute(), names);
      case Filter.And a -> mentions(a.left(), names) || mentions(a.right(), names);
      case Filter.Or o -> mentions(o.left(), names) || mentions(o.right(), names);
      case Filter.Not n -> mentions(n.inner(), names);
    };
  }

  private static boolean named(AttrPath path, Set<String> names) {
    return names.stream().anyMatch(path.attribute()::equalsIgnoreCase);
  }
}
