package io.scimgate.local;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where sandbox output goes: each line of a function's stdout and stderr, printed to the runner's
 * standard error the way CloudWatch Logs shows a log stream's events, prefixed with the function
 * and the request being served ({@code init} before the first), plus Lambda's own START, END and
 * REPORT lines. The last lines are kept for tests and tools ({@link #lines}).
 */
final class FunctionLogs {
  private static final int KEPT = 4_000;

  private final PrintStream out;
  private final Deque<String> recent = new ArrayDeque<>();

  FunctionLogs(PrintStream out) {
    this.out = out;
  }

  void line(String function, String requestId, String text) {
    String line = function + " " + requestId + " " + text;
    synchronized (recent) {
      if (recent.size() == KEPT) {
        recent.removeFirst();
      }
      recent.addLast(line);
    }
    out.println(line);
  }

  /** The kept lines of {@code function}, oldest first, each still with its prefix. */
  List<String> lines(String function) {
    synchronized (recent) {
      return recent.stream().filter(l -> l.startsWith(function + " ")).toList();
    }
  }
}
