package io.scimgate.smoke;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs named checks in order and prints one {@code PASS <name>} or {@code FAIL <name>: <why>} line
 * per step. After the first failure in a lifecycle its later steps are reported as {@code FAIL …
 * (not run)}, since they build on what failed. Cleanups registered along the way always run at the
 * end, newest first, each as a step of its own.
 */
final class Steps {
  /** One check; throws {@link AssertionError} (or anything) when it fails. */
  @FunctionalInterface
  interface Check {
    void run() throws Exception;
  }

  private final PrintStream out;
  private final Deque<Cleanup> cleanups = new ArrayDeque<>();
  private String blockedBy;
  private int passed;
  private int failed;

  Steps(PrintStream out) {
    this.out = out;
  }

  /** Starts a new lifecycle: earlier failures no longer block its steps. */
  void lifecycle(String name) {
    blockedBy = null;
    out.println("# " + name);
  }

  void step(String name, Check check) {
    if (blockedBy != null) {
      fail(name, "not run: \"" + blockedBy + "\" failed");
      return;
    }
    try {
      check.run();
      passed++;
      out.println("PASS " + name);
    } catch (Exception | AssertionError e) {
      blockedBy = name;
      fail(name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  /** Something to undo at the end, whatever happens to the steps in between. */
  void cleanup(String name, Check check) {
    cleanups.push(new Cleanup(name, check));
  }

  /** Runs the cleanups; answers true when every step and every cleanup passed. */
  boolean finish() {
    blockedBy = null;
    if (!cleanups.isEmpty()) {
      out.println("# cleanup");
    }
    while (!cleanups.isEmpty()) {
      Cleanup cleanup = cleanups.pop();
      step(cleanup.name(), cleanup.check());
      blockedBy = null;
    }
    out.println(
        (failed == 0 ? "PASSED" : "FAILED") + ": " + passed + " passed, " + failed + " failed");
    return failed == 0;
  }

  private record Cleanup(String name, Check check) {}

  private void fail(String name, String why) {
    failed++;
    out.println("FAIL " + name + ": " + why.replace('\n', ' '));
  }

  /** Fails the step with {@code message} unless {@code condition} holds. */
  static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  static void status(int expected, ScimClient.Reply reply) {
    check(reply.status() == expected, "expected " + expected + ", got " + reply);
  }
}
