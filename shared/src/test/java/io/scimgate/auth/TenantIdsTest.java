package io.scimgate.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one tenant-id rule (URL layout of docs/architecture.md): 3-63 of {@code [a-z0-9-]}. */
class TenantIdsTest {

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource({
    "demo, true",
    "abc, true",
    "acme-2, true",
    "ab, false",
    "Acme, false",
    "ac_me, false",
    "ac.me, false",
    "'', false",
  })
  void valid_followsTheOneRule(String id, boolean expected) {
    assertEquals(expected, TenantIds.valid(id));
  }

  @ParameterizedTest(name = "{0} characters => {1}")
  @CsvSource({"63, true", "64, false"})
  void valid_allowsAtMost63Characters(int length, boolean expected) {
    assertEquals(expected, TenantIds.valid("a".repeat(length)));
  }
}
