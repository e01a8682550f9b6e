package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SCIM_SNAPSTART=1}: the Users jar's sandbox starts as SnapStart initialises a version, so
 * the runtime client runs the CRaC {@code beforeCheckpoint} hooks, and with them our priming
 * (lambda/SnapStartPriming). The evidence is the JVM's class-load log: {@code PrimingHttpClient} is
 * loaded only by priming, before the first request; without the option it never is.
 */
class SnapStartIT {
  private static final String PRIMING_ONLY_CLASS = "io.scimgate.lambda.PrimingHttpClient";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void withSnapStart_thePrimingHookRunsBeforeTheFirstRequest() throws Exception {
    Path classLog = dir.resolve("snapstart-classes.log");
    try (LocalRunner runner = start(true, classLog)) {
      assertEquals(200, listUsers(runner));

      assertTrue(loadedClasses(classLog).anyMatch(l -> l.contains(PRIMING_ONLY_CLASS + " ")));
      assertTrue(
          runner.logLines("UsersFunction").stream()
              .anyMatch(l -> l.startsWith("UsersFunction init RESTORE_START")));
      assertFalse(
          runner.logLines("UsersFunction").stream().anyMatch(l -> l.contains("priming_failed")),
          String.join("\n", runner.logLines("UsersFunction")));
    }
  }

  @Test
  void onDemand_theHookDoesNotRun() throws Exception {
    Path classLog = dir.resolve("on-demand-classes.log");
    try (LocalRunner runner = start(false, classLog)) {
      assertEquals(200, listUsers(runner));

      assertTrue(
          loadedClasses(classLog)
              .anyMatch(l -> l.contains("io.scimgate.functions.users.UsersHandler ")));
      assertFalse(loadedClasses(classLog).anyMatch(l -> l.contains(PRIMING_ONLY_CLASS + " ")));
      assertFalse(
          runner.logLines("UsersFunction").stream().anyMatch(l -> l.contains("RESTORE_START")));
    }
  }

  private LocalRunner start(boolean snapStart, Path classLog) throws Exception {
    return LocalRunner.start(
        Config.forTests(dir.resolve("data-" + snapStart))
            .withSnapStart(snapStart)
            .withConcurrency(1)
            .withSandboxJvmFlags(List.of("-Xlog:class+load=info:file=" + classLog)));
  }

  private static int listUsers(LocalRunner runner) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(runner.baseUrl() + "/Users"))
                .header("Authorization", "Bearer " + runner.scimToken())
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private static Stream<String> loadedClasses(Path classLog) throws Exception {
    return Files.readAllLines(classLog).stream();
  }
}
