package io.scimgate.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.local.RunnerPerTest;
import io.scimgate.smoke.ScimClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code make smoke} against a local runner: every step passes and nothing is left behind. */
class SmokeSuiteIT {
  @RegisterExtension final RunnerPerTest service = RunnerPerTest.withDefaults();

  @Test
  void everyStepPasses_andTheTenantIsEmptyAfterwards() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    boolean passed =
        Smoke.run(service.runner().baseUrl(), service.runner().scimToken(), print(out));

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(passed, report);
    assertFalse(report.contains("\nFAIL "), report);
    assertTrue(report.lines().filter(l -> l.startsWith("PASS ")).count() >= 25, report);
    assertTrue(report.lines().anyMatch(l -> l.startsWith("PASS okta: delete user ")), report);
    ScimClient admin =
        new ScimClient(service.runner().baseUrl(), service.runner().scimToken(), "test", "x", null);
    assertEquals(0, admin.get("/Users", Map.of()).integer("totalResults"), "users left behind");
    Reply groups = admin.get("/Groups", Map.of());
    assertEquals(0, groups.integer("totalResults"), "groups left behind: " + groups);
  }

  @Test
  void aWrongToken_failsWithAReasonAndExitsUnsuccessfully() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    boolean passed = Smoke.run(service.runner().baseUrl(), "scim_wrong", print(out));

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
