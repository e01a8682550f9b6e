package io.scimgate.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.local.Config;
import io.scimgate.local.LocalRunner;
import io.scimgate.smoke.ScimClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code make smoke} against a local runner: every step passes and nothing is left behind. */
class SmokeSuiteIT {
  @TempDir Path dataDir;
  private LocalRunner runner;

  @BeforeEach
  void start() throws Exception {
    runner = LocalRunner.start(Config.forTests(dataDir));
  }

  @AfterEach
  void stop() {
    runner.close();
  }

  @Test
  void everyStepPasses_andTheTenantIsEmptyAfterwards() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    boolean passed = Smoke.run(runner.baseUrl(), runner.scimToken(), print(out));

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(passed, report);
    assertFalse(report.contains("\nFAIL "), report);
    assertTrue(report.lines().filter(l -> l.startsWith("PASS ")).count() >= 25, report);
    assertTrue(report.lines().anyMatch(l -> l.startsWith("PASS okta: delete user ")), report);
    ScimClient admin = new ScimClient(runner.baseUrl(), runner.scimToken(), "test", "x", null);
    assertEquals(0, admin.get("/Users", Map.of()).integer("totalResults"), "users left behind");
    Reply groups = admin.get("/Groups", Map.of());
    assertEquals(0, groups.integer("totalResults"), "groups left behind: " + groups);
  }

  @Test
  void aWrongToken_failsWithAReasonAndExitsUnsuccessfully() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    boolean passed = Smoke.run(runner.baseUrl(), "scim_wrong", print(out));

    String report = out.toString(StandardCharsets.UTF_8);
    assertFalse(passed, report);
    assertTrue(
        report.contains(
            "FAIL okta: test connector GET /Users?startIndex=1&count=2: "
                + "expected 200, got 401"),
        report);
    assertTrue(report.contains("FAIL entra: test connection"), report);
    assertTrue(report.lines().noneMatch(l -> l.startsWith("PASS ")), report);
  }

  private static PrintStream print(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }
}
