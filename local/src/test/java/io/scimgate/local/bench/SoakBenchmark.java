package io.scimgate.local.bench;

import io.scimgate.json.Json;
import io.scimgate.local.Config;
import io.scimgate.local.LocalRunner;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Soak benchmark (not a test): N tenants × R requests/s of an Entra-like mix ({@link SoakMix})
 * through the local runner for D seconds, open loop (requests are issued on schedule whether or not
 * earlier ones have answered). Prints statuses, latency percentiles per operation and the JVM's
 * heap after a full GC once a minute. The runner, DynamoDB Local and this client share one JVM, so
 * the heap includes all three.
 *
 * <pre>java -cp … io.scimgate.local.bench.SoakBenchmark [seconds=600] [perTenantRps=25] [tenants=3]
 *     [report.md]</pre>
 *
 * (scripts/soak.sh runs it with the full command).
 */
public final class SoakBenchmark {
  /** Requests outstanding at once, all tenants together; the runner serves 8 at a time. */
  static final int MAX_IN_FLIGHT = 64;

  private static final AtomicInteger inFlight = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    int rps = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    int tenantCount = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dataDir = Files.createTempDirectory("soak");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    SoakStats stats = new SoakStats();
    try (LocalRunner runner = LocalRunner.start(Config.forTests(dataDir))) {
      List<SoakMix> tenants = new ArrayList<>();
      tenants.add(new SoakMix(http, runner.baseUrl(), runner.scimToken(), runner.tenant()));
      for (int i = 1; i < tenantCount; i++) {
        String id = "soak-" + i;
        var created =
            Json.parse(
                http.send(
                        HttpRequest.newBuilder(URI.create(runner.url() + "/admin/tenants"))
                            .header("Authorization", "Bearer " + runner.adminToken())
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"tenantId\":\"" + id + "\"}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        tenants.add(
            new SoakMix(
                http,
                runner.url() + "/tenants/" + id + "/scim/v2",
                created.path("token").asText(),
                id));
      }
      for (SoakMix tenant : tenants) {
        tenant.seed();
      }
      stats.sampleMemory(0);
      run(tenants, rps, seconds, stats);
      String report = stats.report(seconds, rps, tenantCount, tenants);
      if (args.length > 3) {
        Files.writeString(Path.of(args[3]), report);
      }
      System.out.println(report);
    }
  }

  private static void run(List<SoakMix> tenants, int rps, int seconds, SoakStats stats)
      throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(32);
    ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
    long periodMicros = 1_000_000L / rps;
    for (SoakMix tenant : tenants) {
      clock.scheduleAtFixedRate(
          () -> {
            SoakMix.Call call = tenant.next();
            long scheduled = System.nanoTime();
            if (inFlight.get() >= MAX_IN_FLIGHT) {
              // An IdP does not queue without bound either: past this the run only measures
              // the client's backlog. Counted, not sent.
              stats.skipped();
              return;
            }
            inFlight.incrementAndGet();
            workers.execute(() -> {
              long start = System.nanoTime();
              int status;
              try {
                HttpResponse<String> response = tenant.send(call);
                status = response.statusCode();
                if (call.operation().equals("create user")) {
                  tenant.created(response);
                }
              } catch (Exception e) {
                status = -1;
              }
              long end = System.nanoTime();
              inFlight.decrementAndGet();
              stats.record(
                  call.operation(), status, (end - start) / 1000, (end - scheduled) / 1000);
            });
          },
          0,
          periodMicros,
          TimeUnit.MICROSECONDS);
    }
    long started = System.nanoTime();
    for (int minute = 1; minute * 60 <= seconds; minute++) {
      Thread.sleep(
          Math.max(0, started / 1_000_000 + minute * 60_000L - System.nanoTime() / 1_000_000));
      stats.sampleMemory(minute);
    }
    Thread.sleep(
        Math.max(0, started / 1_000_000 + seconds * 1000L - System.nanoTime() / 1_000_000));
    clock.shutdownNow();
    workers.shutdown();
    workers.awaitTermination(60, TimeUnit.SECONDS);
    stats.finish((System.nanoTime() - started) / 1_000_000_000.0);
  }

  static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private SoakBenchmark() {}
}
