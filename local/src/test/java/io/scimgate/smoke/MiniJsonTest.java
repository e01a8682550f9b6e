package io.scimgate.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {
  @Test
  void parsesWhatScimResponsesHold() {
    Object doc =
        MiniJson.parse(
            """
            {"schemas":["urn:x"],"totalResults":2,"Resources":[{"id":"a\\"b","active":false,
             "x":null,"n":-1.5e2,"u":"\\u00e9\\n"}]}\
            """);

    assertEquals(List.of("urn:x"), MiniJson.at(doc, "schemas"));
    assertEquals(2.0, MiniJson.at(doc, "totalResults"));
    assertEquals("a\"b", MiniJson.at(doc, "Resources", 0, "id"));
    assertEquals(false, MiniJson.at(doc, "Resources", 0, "active"));
    assertEquals(-150.0, MiniJson.at(doc, "Resources", 0, "n"));
    assertEquals("é\n", MiniJson.at(doc, "Resources", 0, "u"));
    assertNull(MiniJson.at(doc, "Resources", 1, "id"));
    assertNull(MiniJson.at(doc, "schemas", "id"));
    assertEquals(Map.of(), MiniJson.parse(" {} "));
  }

  @Test
  void rejectsWhatIsNotJson() {
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\":1} x"));
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("<html>"));
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\":"));
  }

  @Test
  void quotesStrings() {
    assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", MiniJson.quote("a\"b\\c\n\u0001"));
    assertEquals("x\"y", MiniJson.at(MiniJson.parse(MiniJson.quote("x\"y"))));
  }
}
