package io.scimgate.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attribute characteristics as RFC 7643 §2.2 and §2.3 spell them in schema JSON. */
class WireNamesTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "string, STRING",
    "dateTime, DATE_TIME",
    "reference, REFERENCE",
    "complex, COMPLEX",
  })
  void attributeTypes(String wire, AttributeType expected) {
    assertEquals(expected, WireNames.parse(AttributeType.class, wire));
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "readOnly, READ_ONLY",
    "readWrite, READ_WRITE",
    "immutable, IMMUTABLE",
    "writeOnly, WRITE_ONLY"
  })
  void mutability(String wire, Mutability expected) {
    assertEquals(expected, WireNames.parse(Mutability.class, wire));
  }

  @Test
  void returnedAndUniqueness() {
    assertEquals(Returned.REQUEST, WireNames.parse(Returned.class, "request"));
    assertEquals(Uniqueness.SERVER, WireNames.parse(Uniqueness.class, "server"));
  }

  @Test
  void spellingIsExact_otherCasesAndConstantNamesAreUnknown() {
    assertThrows(
        IllegalArgumentException.class, () -> WireNames.parse(Mutability.class, "readonly"));
    assertThrows(
        IllegalArgumentException.class, () -> WireNames.parse(Mutability.class, "READ_ONLY"));
    assertThrows(IllegalArgumentException.class, () -> WireNames.parse(Returned.class, ""));
  }
}
