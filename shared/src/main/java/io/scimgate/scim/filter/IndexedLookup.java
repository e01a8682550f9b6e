package io.scimgate.scim.filter;

import io.scimgate.scim.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Query planning for filters: recognises the equalities IdPs send (see {@code
 * docs/idp-dialects.md}) that an index can answer, alone or as one term of an {@code and}
 * conjunction. Anything else is a scan. Attribute names match case-insensitively, bare or qualified
 * with the core User or Group schema URN.
 */
public final class IndexedLookup {
  private IndexedLookup() {}

  /** The most selective indexed equality of the filter, over all kinds. */
  public static Optional<EqLookup> of(Filter filter) {
    return of(filter, EnumSet.allOf(EqLookup.Kind.class));
  }

  /**
   * The most selective equality of a kind in {@code supported} (ties: the first written), with the
   * other conjuncts as residual. Empty when the filter is not such a conjunction.
   */
  public static Optional<EqLookup> of(Filter filter, Set<EqLookup.Kind> supported) {
    return all(filter).stream()
        .filter(l -> supported.contains(l.kind()))
        .min(Comparator.comparingInt(l -> l.kind().rank()));
  }

  /**
   * Every indexed equality of a conjunction, in written order, each with the other conjuncts as its
   * residual; e.g. {@code id eq "g" and members[value eq "u"]} gives an {@code ID} and a {@code
   * MEMBER} lookup. Empty for an {@code or}, a {@code not} or a filter without one.
   */
  public static List<EqLookup> all(Filter filter) {
    List<Filter> terms = new ArrayList<>();
    flatten(filter, terms);
    List<EqLookup> lookups = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      int index = i;
      IndexedTerms.match(terms.get(i))
          .ifPresent(t -> lookups.add(new EqLookup(t.kind(), t.value(), residual(terms, index))));
    }
    return lookups;
  }

  private static void flatten(Filter filter, List<Filter> terms) {
    if (filter instanceof Filter.And and) {
      flatten(and.left(), terms);
      flatten(and.right(), terms);
    } else {
      terms.add(filter);
    }
  }

  private static Filter residual(List<Filter> terms, int skip) {
    Filter rest = null;
    for (int i = 0; i < terms.size(); i++) {
      if (i != skip) {
        rest = rest == null ? terms.get(i) : new Filter.And(rest, terms.get(i));
      }
    }
    return rest;
  }

  /** Recognises single indexed terms. */
  private static final class IndexedTerms {
    private record Term(EqLookup.Kind kind, String value) {}

    static Optional<Term> match(Filter term) {
      return switch (term) {
        case Filter.Comparison c -> comparison(c);
        case Filter.ValuePath v -> valuePath(v);
        default -> Optional.empty();
      };
    }

    private static Optional<Term> comparison(Filter.Comparison c) {
      if (!isEq(c) || !coreName(c.path())) {
        return Optional.empty();
      }
      String name = c.path().attribute();
      String sub = c.path().subAttribute();
      EqLookup.Kind kind = null;
      if (sub == null && name.equalsIgnoreCase("id")) {
        kind = EqLookup.Kind.ID;
      } else if (sub == null && name.equalsIgnoreCase("userName")) {
        kind = EqLookup.Kind.USER_NAME;
      } else if (sub == null && name.equalsIgnoreCase("externalId")) {
        kind = EqLookup.Kind.EXTERNAL_ID;
      } else if (sub == null && name.equalsIgnoreCase("displayName")) {
        kind = EqLookup.Kind.DISPLAY_NAME;
      } else if (name.equalsIgnoreCase("members")
          && (sub == null || sub.equalsIgnoreCase("value"))) {
        kind = EqLookup.Kind.MEMBER;
      }
      return kind == null ? Optional.empty() : Optional.of(new Term(kind, c.value().textValue()));
    }

    private static Optional<Term> valuePath(Filter.ValuePath v) {
      if (!coreName(v.attribute())) {
        return Optional.empty();
      }
      String name = v.attribute().attribute();
      if (name.equalsIgnoreCase("members")
          && v.valueFilter() instanceof Filter.Comparison c
          && isEq(c)
          && isSub(c, "value")) {
        return Optional.of(new Term(EqLookup.Kind.MEMBER, c.value().textValue()));
      }
      if (name.equalsIgnoreCase("emails")
          && v.valueFilter() instanceof Filter.And and
          && and.left() instanceof Filter.Comparison l
          && and.right() instanceof Filter.Comparison r
          && isEq(l)
          && isEq(r)) {
        Filter.Comparison type = isSub(l, "type") ? l : r;
        Filter.Comparison value = type == l ? r : l;
        if (isSub(type, "type")
            && type.value().textValue().equalsIgnoreCase("work")
            && isSub(value, "value")) {
          return Optional.of(new Term(EqLookup.Kind.WORK_EMAIL, value.value().textValue()));
        }
      }
      return Optional.empty();
    }

    private static boolean isEq(Filter.Comparison c) {
      return c.op() == CompareOp.EQ && c.value().isTextual();
    }

    private static boolean isSub(Filter.Comparison c, String name) {
      AttrPath p = c.path();
      return p.schemaUrn() == null
          && p.subAttribute() == null
          && p.attribute().equalsIgnoreCase(name);
    }

    private static boolean coreName(AttrPath path) {
      return path.schemaUrn() == null
          || path.schemaUrn().equalsIgnoreCase(SchemaRegistry.USER)
          || path.schemaUrn().equalsIgnoreCase(SchemaRegistry.GROUP);
    }
  }
}
