package io.scimgate.local.bench;

import io.scimgate.local.Config;
import io.scimgate.local.LocalRunner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the local runtime costs (docs/benchmarks/local-runtime.md, scripts/local-runtime-bench.sh):
 * per mode (on-demand, SnapStart), per round a fresh runner, its start, the first {@code GET
 * /Users} (a cold start: sandbox JVM, runtime client, handler init, first request), the sandbox's
 * init duration as its REPORT line says, then {@value #WARM} warm requests through gateway and
 * sandbox. Not a test: it prints numbers.
 */
public final class RuntimeBenchmark {
  private static final int ROUNDS = 3;
  private static final int WARM = 200;
  private static final Pattern INIT = Pattern.compile("Init Duration: (\\d+) ms");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private RuntimeBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "%-10s %5s %9s %9s %9s %8s %8s %8s%n",
        "mode", "round", "start_ms", "first_ms", "init_ms", "p50_ms", "p95_ms", "max_ms");
    for (boolean snapStart : new boolean[] {false, true}) {
      for (int round = 1; round <= ROUNDS; round++) {
        Path data = Files.createTempDirectory("scimgate-bench");
        long t0 = System.nanoTime();
        try (LocalRunner runner =
            LocalRunner.start(Config.forTests(data).withSnapStart(snapStart).withConcurrency(1))) {
          long started = System.nanoTime();
          long first = timeGet(runner);
          long init =
              runner.logLines("UsersFunction").stream()
                  .map(INIT::matcher)
                  .filter(Matcher::find)
                  .mapToLong(m -> Long.parseLong(m.group(1)))
                  .findFirst()
                  .orElse(-1);
          List<Long> warm = new ArrayList<>();
          for (int i = 0; i < WARM; i++) {
            warm.add(timeGet(runner));
          }
          Collections.sort(warm);
          System.out.printf(
              "%-10s %5d %9d %9d %9d %8.1f %8.1f %8.1f%n",
              snapStart ? "snap-start" : "on-demand",
              round,
              ms(started - t0),
              ms(first),
              init,
              warm.get(WARM / 2) / 1e6,
              warm.get(WARM * 95 / 100) / 1e6,
              warm.get(WARM - 1) / 1e6);
        }
      }
    }
  }

  private static long timeGet(LocalRunner runner) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(runner.baseUrl() + "/Users"))
            .header("Authorization", "Bearer " + runner.scimToken())
            .build();
    long t = System.nanoTime();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - t;
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET /Users answered " + response.statusCode());
    }
    return took;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
