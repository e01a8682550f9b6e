package io.scimgate.log;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.observe.RequestContext;
import io.scimgate.observe.RequestScope;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * One JSON object per line on standard output, which Lambda ships to CloudWatch Logs as one log
 * event each (docs/decisions/0050-logging-and-metrics.md). Every line carries {@code timestamp}
 * (RFC 3339), {@code level}, {@code event} and, while a request is being served, its context:
 * Lambda request id, function, cold-start flag, tenant and route key ({@link RequestScope}).
 * Callers pass no secrets: tokens, header values and bodies are never logged.
 */
public final class Log {
  private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> false);

  private Log() {}

  public static void error(String requestId, String event, Throwable cause) {
    ObjectNode line = line("ERROR", event, requestId);
    line.put("exception", cause.getClass().getName());
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    line.put("stackTrace", trace.toString());
    write(line);
  }

  public static void warn(String requestId, String event, String detail) {
    ObjectNode line = line("WARN", event, requestId);
    line.put("detail", detail);
    write(line);
  }

  /**
   * A line at {@code level} with the current request's context; {@code fallbackRequestId} names the
   * request when none is bound (init, SnapStart hooks).
   */
  static ObjectNode line(String level, String event, String fallbackRequestId) {
    ObjectNode line = Json.object();
    line.put("timestamp", Instant.now().toString());
    line.put("level", level);
    line.put("event", event);
    RequestContext context = RequestScope.current();
    if (context == null) {
      line.put("requestId", fallbackRequestId);
    } else {
      context(line, context);
    }
    return line;
  }

  /** The context fields every line of a request carries. */
  static void context(ObjectNode line, RequestContext context) {
    line.put("requestId", context.requestId());
    line.put("apiRequestId", context.apiRequestId());
    line.put("function", context.function());
    line.put("coldStart", context.coldStart());
    line.put("tenant", context.tenant());
    line.put("route", context.routeKey());
  }

  static void write(ObjectNode line) {
    String text = Json.write(line);
    if (!MUTED.get()) {
      System.out.println(text);
    }
  }

  /**
   * Runs {@code body} with this thread's lines formatted but not written: SnapStart priming runs
   * made-up requests whose access lines and metrics must not reach CloudWatch.
   */
  public static <T> T muted(Supplier<T> body) {
    boolean before = MUTED.get();
    MUTED.set(true);
    try {
      return body.get();
    } finally {
      MUTED.set(before);
    }
  }
}
