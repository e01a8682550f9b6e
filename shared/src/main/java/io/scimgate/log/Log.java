package io.scimgate.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/**
 * One JSON object per line on standard error, which Lambda ships to CloudWatch Logs. Callers pass
 * no secrets: tokens and bodies are never logged.
 */
public final class Log {
  private Log() {}

  public static void error(String requestId, String event, Throwable cause) {
    ObjectNode line = base("ERROR", requestId, event);
    line.put("exception", cause.getClass().getName());
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    line.put("stackTrace", trace.toString());
    System.err.println(Json.write(line));
  }

  public static void warn(String requestId, String event, String detail) {
    ObjectNode line = base("WARN", requestId, event);
    line.put("detail", detail);
    System.err.println(Json.write(line));
  }

  private static ObjectNode base(String level, String requestId, String event) {
    ObjectNode line = Json.object();
    line.put("time", Instant.now().toString());
    line.put("level", level);
    line.put("requestId", requestId);
    line.put("event", event);
    return line;
  }
}
