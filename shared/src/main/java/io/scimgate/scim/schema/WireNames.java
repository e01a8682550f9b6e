package io.scimgate.scim.schema;

import java.util.Locale;

/**
 * The JSON spelling of the schema enums (RFC 7643 §2.2, §2.3) is the constant's name in lower camel
 * case: {@code READ_ONLY} is {@code "readOnly"}, {@code DATE_TIME} is {@code "dateTime"}. One rule
 * for all of them, so a new constant cannot be given a spelling that differs.
 */
final class WireNames {
  private WireNames() {}

  static String of(String constantName) {
    StringBuilder out = new StringBuilder();
    for (String word : constantName.toLowerCase(Locale.ROOT).split("_")) {
      out.append(out.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return out.toString();
  }

  /** The constant of {@code type} spelled {@code value} (exactly, as the schema JSON has it). */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant.name()).equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " " + value);
  }
}
