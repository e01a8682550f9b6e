package io.scimgate.scim.filter;

import java.util.Locale;
import java.util.Optional;

/** The comparison operators of RFC 7644 §3.4.2.2, Table 3. Keywords are case-insensitive. */
public enum CompareOp {
  EQ,
  NE,
  CO,
  SW,
  EW,
  GT,
  GE,
  LT,
  LE;

  /** The operator keyword as written in a filter, lower case. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for {@code gt ge lt le}, which need an ordered type. */
  public boolean isOrdering() {
    return this == GT || this == GE || this == LT || this == LE;
  }

  /** True for {@code co sw ew}, which are defined on strings. */
  public boolean isSubstring() {
    return this == CO || this == SW || this == EW;
  }

  public static Optional<CompareOp> fromKeyword(String keyword) {
    for (CompareOp op : values()) {
      if (op.name().equalsIgnoreCase(keyword)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
