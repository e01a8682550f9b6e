package io.scimgate.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What of a body the request log may keep: secrets removed, then cut to a stated size.
 *
 * <ul>
 *   <li>JSON bodies (up to {@value #PARSE_LIMIT} chars): the value of every member whose name looks
 *       like a credential ({@code password}, {@code secret}, {@code token}, {@code authorization},
 *       {@code credential}, {@code pepper}, {@code apiKey}, {@code privateKey}…), the {@code value}
 *       of a PATCH operation whose {@code path} names one, and every string that looks like a
 *       bearer token or one of our tokens becomes {@code "[redacted]"}.
 *   <li>Anything else (not JSON, binary garbage, or larger than the parse limit — only a prefix is
 *       looked at): the same rules as patterns over the text; control characters become {@code ?}.
 *   <li>The result is cut to {@code maxChars} and marked {@code …[truncated; N chars]}.
 * </ul>
 */
public final class Redaction {
  static final int PARSE_LIMIT = 64 * 1024;
  static final String REDACTED = "[redacted]";

  private static final Pattern SECRET_NAME =
      Pattern.compile(
          "(?i).*(password|passwd|secret|token|authorization|credential|pepper|api[-_]?key|private[-_]?key).*");
  private static final Pattern SECRET_VALUE =
      Pattern.compile("(?i)^\\s*bearer\\s+\\S+.*|.*scim_[A-Za-z0-9_-]{43}.*", Pattern.DOTALL);
  private static final String NAMES =
      "[^\"]*(?:password|passwd|secret|token|authorization|credential|pepper|api[-_]?key|private[-_]?key)[^\"]*";
  private static final Pattern JSONISH_MEMBER =
      Pattern.compile("(?i)(\"" + NAMES + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
  private static final Pattern JSONISH_PATCH =
      Pattern.compile(
          "(?i)(\"path\"\\s*:\\s*\""
              + NAMES
              + "\"[^}]*?\"value\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]+)");
  private static final Pattern FORM_MEMBER =
      Pattern.compile(
          "(?i)\\b(password|passwd|secret|token|authorization|pepper|api[-_]?key)=([^&\\s]+)");
  private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern OUR_TOKEN = Pattern.compile("scim_[A-Za-z0-9_-]{43}");

  private Redaction() {}

  /** The body as the log keeps it, or null for no body. */
  public static String body(String raw, int maxChars) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    String text = null;
    if (raw.length() <= PARSE_LIMIT) {
      try {
        JsonNode tree = Json.parse(raw);
        if (tree != null && tree.isContainerNode()) {
          text = Json.write(redact(tree));
        }
      } catch (Exception notJson) {
        // Kept as text below.
      }
    }
    if (text == null) {
      String prefix = raw.length() > maxChars * 2 ? raw.substring(0, maxChars * 2) : raw;
      text = printable(text(prefix));
    }
    return cut(text, raw.length(), maxChars);
  }

  /** The credential-looking parts of a free text (an error detail, a user agent) removed. */
  public static String text(String raw) {
    if (raw == null) {
      return null;
    }
    String out = JSONISH_PATCH.matcher(raw).replaceAll("$1\"" + REDACTED + "\"");
    out = JSONISH_MEMBER.matcher(out).replaceAll("$1\"" + REDACTED + "\"");
    out = FORM_MEMBER.matcher(out).replaceAll("$1=" + REDACTED);
    out = BEARER.matcher(out).replaceAll("Bearer " + REDACTED);
    return OUR_TOKEN.matcher(out).replaceAll(REDACTED);
  }

  static String cut(String text, int originalLength, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    return text.substring(0, maxChars) + "…[truncated; " + originalLength + " chars]";
  }

  private static JsonNode redact(JsonNode node) {
    if (node instanceof ObjectNode object) {
      boolean secretPath = SECRET_NAME.matcher(object.path("path").asText("")).matches();
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        boolean secret =
            SECRET_NAME.matcher(member.getKey()).matches()
                || (secretPath && member.getKey().equalsIgnoreCase("value"));
        member.setValue(
            secret ? Json.MAPPER.getNodeFactory().textNode(REDACTED) : redact(member.getValue()));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, redact(array.get(i)));
      }
      return array;
    }
    if (node.isTextual() && SECRET_VALUE.matcher(node.asText()).matches()) {
      return Json.MAPPER.getNodeFactory().textNode(REDACTED);
    }
    return node;
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 && c != '\n' && c != '\t' || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
