package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.schema.AttributeDef;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One comparison of a stored value against a filter literal, by the attribute's type (RFC 7644
 * §3.4.2.2): strings honour {@code caseExact}, dateTimes compare as instants, numbers and booleans
 * by value. {@code co/sw/ew} apply to strings (and to the text of dateTimes).
 */
final class ValueComparison {
  private ValueComparison() {}

  /** Rejects operator/type combinations the RFC leaves undefined, e.g. {@code active gt true}. */
  static void check(AttributeDef leaf, CompareOp op, JsonNode literal, AttrPath path) {
    if (leaf.isComplex()) {
      throw new InvalidFilterException(
          "'" + path + "' is complex: compare one of its sub-attributes or use 'pr'");
    }
    if (literal.isNull()) {
      if (op != CompareOp.EQ && op != CompareOp.NE) {
        throw new InvalidFilterException("'" + op.keyword() + " null' is not defined");
      }
      return;
    }
    switch (leaf.type()) {
      case BOOLEAN -> {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
          throw new InvalidFilterException(
              "'" + op.keyword() + "' is not defined for boolean attribute '" + path + "'");
        }
        if (bool(literal).isEmpty()) {
          throw new InvalidFilterException("'" + path + "' is boolean: compare with true or false");
        }
      }
      case INTEGER, DECIMAL -> {
        if (op.isSubstring()) {
          throw new InvalidFilterException(
              "'" + op.keyword() + "' is not defined for numeric attribute '" + path + "'");
        }
        if (!literal.isNumber()) {
          throw new InvalidFilterException("'" + path + "' is numeric: compare with a number");
        }
      }
      case DATE_TIME -> {
        if (!op.isSubstring() && DateTimes.parse(literal.asText()).isEmpty()) {
          throw new InvalidFilterException(
              "'"
                  + path
                  + "' is a dateTime: compare with a string such as \"2011-05-13T04:42:34Z\"");
        }
      }
      default -> {
        // The same rule as for bodies: a string attribute is compared with a JSON string only.
        if (!literal.isTextual()) {
          throw new InvalidFilterException(
              "'" + path + "' is a string: compare with a quoted value such as \"x\"");
        }
      }
    }
  }

  /**
   * Whether {@code stored op literal} holds; both non-null, combination already {@link #check}ed.
   */
  static boolean test(AttributeDef leaf, CompareOp op, JsonNode literal, JsonNode stored) {
    return switch (leaf.type()) {
      case BOOLEAN -> {
        Optional<Boolean> value = bool(stored);
        yield value.isPresent()
            && (value.get().equals(bool(literal).orElseThrow()) == (op == CompareOp.EQ));
      }
      case INTEGER, DECIMAL ->
          stored.isNumber() && ordered(op, stored.decimalValue().compareTo(literal.decimalValue()));
      case DATE_TIME -> {
        if (op.isSubstring()) {
          yield text(op, stored.asText(), literal.asText(), false);
        }
        Optional<Instant> value = DateTimes.parse(stored.asText());
        yield value.isPresent()
            && ordered(op, value.get().compareTo(DateTimes.parse(literal.asText()).orElseThrow()));
      }
      default ->
          stored.isValueNode() && text(op, stored.asText(), literal.asText(), leaf.caseExact());
    };
  }

  private static boolean text(CompareOp op, String stored, String literal, boolean caseExact) {
    String s = caseExact ? stored : stored.toLowerCase(Locale.ROOT);
    String l = caseExact ? literal : literal.toLowerCase(Locale.ROOT);
    return switch (op) {
      case CO -> s.contains(l);
      case SW -> s.startsWith(l);
      case EW -> s.endsWith(l);
      default -> ordered(op, s.compareTo(l));
    };
  }

  private static boolean ordered(CompareOp op, int cmp) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      default -> throw new IllegalArgumentException(op.keyword());
    };
  }

  /** A boolean, or the strings "true"/"false" in any case (Entra sends "True"). */
  static Optional<Boolean> bool(JsonNode node) {
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue());
    }
    if (node.isTextual()
        && (node.textValue().equalsIgnoreCase("true")
            || node.textValue().equalsIgnoreCase("false"))) {
      return Optional.of(node.textValue().equalsIgnoreCase("true"));
    }
    return Optional.empty();
  }
}
