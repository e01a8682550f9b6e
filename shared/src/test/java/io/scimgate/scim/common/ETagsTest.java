package io.scimgate.scim.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.http.HttpRequest;
import io.scimgate.scim.error.PreconditionFailedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

  @Test
  void etag_isWeakVersion() {
    assertEquals("W/\"7\"", ETags.of(7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"7\"", "\"7\"", "*", "W/\"3\", W/\"7\"", "w/\"7\""})
  void ifMatch_namingCurrentVersion_passes(String header) {
    assertDoesNotThrow(() -> ETags.checkIfMatch(with("if-match", header), 7));
    assertTrue(ETags.notModified(with("if-none-match", header), 7));
  }

  @ParameterizedTest
  @ValueSource(strings = {"W/\"6\"", "\"70\"", "", "W/\"\""})
  void ifMatch_stale_isPreconditionFailed(String header) {
    assertThrows(
        PreconditionFailedException.class, () -> ETags.checkIfMatch(with("if-match", header), 7));
    assertFalse(ETags.notModified(with("if-none-match", header), 7));
  }

  @Test
  void noHeaders_noPreconditions() {
    HttpRequest plain = new HttpRequest("GET", "/", Map.of(), Map.of(), Map.of(), null, "r");
    assertDoesNotThrow(() -> ETags.checkIfMatch(plain, 1));
    assertFalse(ETags.notModified(plain, 1));
    assertFalse(ETags.conditional(plain));
  }

  private static HttpRequest with(String header, String value) {
    return new HttpRequest("GET", "/", Map.of(), Map.of(), Map.of(header, value), null, "r");
  }
}
