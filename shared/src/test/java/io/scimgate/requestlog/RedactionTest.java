package io.scimgate.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactionTest {
  static final String TOKEN = "scim_" + "x".repeat(43);

  @Test
  void json_credentialMembersAndTokensAreRedacted_restKept() {
    String out =
        Redaction.body(
            "{\"userName\":\"ada\",\"password\":\"hunter2\",\"x\":{\"clientSecret\":\"s3\"},\"note\":\""
                + TOKEN
                + "\"}",
            4096);
    assertFalse(out.contains("hunter2") || out.contains("s3\"") || out.contains(TOKEN), out);
    assertTrue(out.contains("\"userName\":\"ada\""), out);
    assertTrue(out.contains("\"password\":\"[redacted]\""), out);
  }

  @Test
  void patch_valueOfAPasswordPath_isRedacted() {
    String out =
        Redaction.body(
            "{\"Operations\":[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"hunter2\"},"
                + "{\"op\":\"replace\",\"value\":{\"password\":\"hunter3\",\"active\":false}}]}",
            4096);
    assertFalse(out.contains("hunter2") || out.contains("hunter3"), out);
    assertTrue(out.contains("\"active\":false"), out);
  }

  @Test
  void notJson_credentialPatternsAreRedacted_controlCharactersReplaced() {
    String out =
        Redaction.body(
            "password=hunter2&user=ada\u0000\u0001 Authorization: Bearer abc.def " + TOKEN, 4096);
    assertFalse(out.contains("hunter2") || out.contains("abc.def") || out.contains(TOKEN), out);
    assertFalse(out.contains("\u0000"), out);
    assertTrue(out.contains("user=ada"), out);
  }

  @Test
  void tenMegabytes_areCutToTheLimit_withoutParsing_andStillRedacted() {
    String huge = "{\"password\":\"hunter2\",\"pad\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}";
    String out = Redaction.body(huge, 4096);
    assertTrue(out.length() < 4096 + 64, "length " + out.length());
    assertFalse(out.contains("hunter2"), out.substring(0, 100));
    assertTrue(
        out.endsWith("…[truncated; " + huge.length() + " chars]"),
        out.substring(out.length() - 60));
  }

  @Test
  void emptyBody_isNull() {
    assertNull(Redaction.body(null, 10));
    assertNull(Redaction.body("", 10));
  }

  @Test
  void modes_keepWhatTheySay() {
    assertFalse(RequestLogMode.OFF.keeps(500));
    assertFalse(RequestLogMode.ERRORS.keeps(201));
    assertTrue(RequestLogMode.ERRORS.keeps(409));
    assertTrue(RequestLogMode.ALL.keeps(200));
    assertEquals(RequestLogMode.ERRORS, RequestLogMode.DEFAULT);
    assertTrue(RequestLogMode.parse("ERRORS").isEmpty());
  }
}
