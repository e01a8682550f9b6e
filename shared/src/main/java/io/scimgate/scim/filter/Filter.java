package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.util.Objects;

/**
 * A parsed SCIM filter (RFC 7644 §3.4.2.2). Paths inside a {@link ValuePath}'s filter are relative
 * to the complex attribute in brackets ({@code type}, {@code value}). {@code toString()} renders
 * canonical filter text that {@link FilterParser#parse} reads back to an equal filter.
 */
public sealed interface Filter {

  /**
   * {@code attrPath compareOp compValue}.
   *
   * @param value a JSON string, boolean, number or null literal
   */
  record Comparison(AttrPath path, CompareOp op, JsonNode value) implements Filter {
    public Comparison {
      Objects.requireNonNull(path);
      Objects.requireNonNull(op);
      Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
      return path + " " + op.keyword() + " " + Json.write(value);
    }
  }

  /** {@code attrPath pr}: the attribute has a non-empty value. */
  record Present(AttrPath path) implements Filter {
    public Present {
      Objects.requireNonNull(path);
    }

    @Override
    public String toString() {
      return path + " pr";
    }
  }

  /** {@code left and right}; binds tighter than {@code or}. */
  record And(Filter left, Filter right) implements Filter {
    public And {
      Objects.requireNonNull(left);
      Objects.requireNonNull(right);
    }

    @Override
    public String toString() {
      return operand(left) + " and " + operand(right);
    }

    private static String operand(Filter f) {
      return f instanceof Or ? "(" + f + ")" : f.toString();
    }
  }

  /** {@code left or right}. */
  record Or(Filter left, Filter right) implements Filter {
    public Or {
      Objects.requireNonNull(left);
      Objects.requireNonNull(right);
    }

    @Override
    public String toString() {
      return left + " or " + right;
    }
  }

  /** {@code not (inner)}. */
  record Not(Filter inner) implements Filter {
    public Not {
      Objects.requireNonNull(inner);
    }

    @Override
    public String toString() {
      return "not (" + inner + ")";
    }
  }

  /**
   * {@code attr[valFilter]}: some value of the complex attribute matches {@code valueFilter}. The
   * non-RFC form Entra sends, {@code emails[type eq "work"].value eq "x"}, is parsed to the
   * equivalent {@code emails[type eq "work" and value eq "x"]}.
   *
   * @param attribute a top-level attribute path (no sub-attribute)
   */
  record ValuePath(AttrPath attribute, Filter valueFilter) implements Filter {
    public ValuePath {
      Objects.requireNonNull(attribute);
      Objects.requireNonNull(valueFilter);
    }

    @Override
    public String toString() {
      return attribute + "[" + valueFilter + "]";
    }
  }
}
