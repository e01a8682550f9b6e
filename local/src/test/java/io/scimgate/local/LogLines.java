package io.scimgate.local;

import java.util.List;
import java.util.function.Predicate;

/**
 * Waits for a sandbox's log line: output reaches the runner on its own pipe, so a line the function
 * wrote may arrive just after its response (the runtime client logs an error after reporting it).
 */
final class LogLines {
  private LogLines() {}

  /** Whether {@code function} logged a line matching {@code wanted} within five seconds. */
  static boolean eventually(LocalRunner runner, String function, Predicate<String> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    do {
      List<String> lines = runner.logLines(function);
      if (lines.stream().anyMatch(wanted)) {
        return true;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return false;
  }
}
