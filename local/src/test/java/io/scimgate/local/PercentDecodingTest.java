package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PercentDecodingTest {
  @Test
  void wellFormedEscapes_decodeAsUtf8() {
    assertEquals("userName eq \"ä\"", PercentDecoding.decode("userName%20eq%20%22%C3%A4%22", true));
  }

  @Test
  void malformedEscapes_stayAsSent() {
    assertEquals("%zz", PercentDecoding.decode("%zz", true));
    assertEquals("100%", PercentDecoding.decode("100%", true));
    assertEquals("a%2", PercentDecoding.decode("a%2", false));
    assertEquals("%g0 ok", PercentDecoding.decode("%g0%20ok", true));
  }

  @Test
  void plus_isASpaceInQueriesOnly() {
    assertEquals("a b", PercentDecoding.decode("a+b", true));
    assertEquals("a+b", PercentDecoding.decode("a+b", false));
    assertEquals("a+b", PercentDecoding.decode("a%2Bb", true));
  }
}
