package io.scimgate.bench;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * One cold start, the way Lambda's Java runtime drives a function: load and construct the handler
 * class (init), optionally run the CRaC hooks as SnapStart would before its snapshot, then two
 * invocations of the same event. Prints one line of {@code key=value} wall and CPU times and
 * exits with 1 unless both responses are 200s.
 *
 * <p>Arguments: handler class, event file. System properties: {@code bench.launchEpochNanos} (when
 * the shell started the JVM), {@code bench.checkpoint=true} to run the hooks, {@code
 * bench.print=true} to echo the first response. The empty nested classes are loaded at the phase
 * boundaries so that a {@code -Xlog:class+load} log can be split by phase.
 */
public final class ColdStartRun {
  private ColdStartRun() {}

  public static void main(String[] args) throws Exception {
    Instant mainAt = Instant.now();
    long launched = Long.getLong("bench.launchEpochNanos", 0L);
    byte[] event = Files.readAllBytes(Path.of(args[1]));
    boolean checkpoint = Boolean.getBoolean("bench.checkpoint");

    Phases phases = new Phases();
    new StartDone();
    RequestStreamHandler handler =
        (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
    phases.end();
    new InitDone();
    if (checkpoint) {
      io.scimgate.bench.crac.Core.checkpointRestore();
    }
    phases.end();
    new CheckpointDone();
    String first = invoke(handler, event);
    phases.end();
    new FirstDone();
    String second = invoke(handler, event);
    phases.end();
    new SecondDone();

    if (Boolean.getBoolean("bench.print")) {
      System.err.println(first);
    }
    for (String response : new String[] {first, second}) {
      if (!response.contains("\"statusCode\":200")) {
        System.err.println("not a 200: " + response);
        System.exit(1);
      }
    }
    long mainEpochNanos = mainAt.getEpochSecond() * 1_000_000_000L + mainAt.getNano();
    System.out.printf(
        Locale.ROOT,
        "launch_to_main_ms=%.1f boot_cpu_ms=%.1f %s rss_mb=%.1f peak_rss_mb=%.1f hooks=%d%n",
        launched == 0 ? Double.NaN : (mainEpochNanos - launched) / 1e6,
        phases.bootCpu / 1e6,
        phases.report("init", "checkpoint", "first", "second"),
        status("VmRSS:") / 1024.0,
        status("VmHWM:") / 1024.0,
        checkpoint ? io.scimgate.bench.crac.Core.liveResources() : -1);
    System.exit(0);
  }

  private static String invoke(RequestStreamHandler handler, byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A {@code /proc/self/status} value in kB, or -1 off Linux. */
  private static long status(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.substring(key.length()).replace("kB", "").trim());
        }
      }
    } catch (Exception e) {
      return -1;
    }
    return -1;
  }

  /**
   * Wall time and CPU time (all threads: the JIT compiler and GC count) of consecutive phases. CPU
   * time comes from {@code /proc/self/task/<tid>/schedstat} (nanoseconds); it is what a CPU-starved
   * Lambda sandbox pays and it barely moves when other processes share the machine. The time spent
   * reading it is left out of the wall times.
   */
  private static final class Phases {
    private final long bootCpu;
    private final java.util.List<long[]> marks = new java.util.ArrayList<>();
    private long wallStart;
    private long cpuStart;

    Phases() {
      cpuStart = cpuNanos();
      bootCpu = cpuStart;
      wallStart = System.nanoTime();
    }

    void end() {
      long wall = System.nanoTime() - wallStart;
      long cpu = cpuNanos();
      marks.add(new long[] {wall, cpu - cpuStart});
      cpuStart = cpu;
      wallStart = System.nanoTime();
    }

    String report(String... names) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        long[] m = marks.get(i);
        out.append(String.format(Locale.ROOT, "%s%s_ms=%.1f %s_cpu_ms=%.1f",
            i == 0 ? "" : " ", names[i], m[0] / 1e6, names[i], m[1] / 1e6));
      }
      return out.toString();
    }

    private static long cpuNanos() {
      long sum = 0;
      try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
        for (Path task : tasks) {
          try {
            String stat = Files.readString(task.resolve("schedstat"));
            sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          } catch (java.io.IOException | RuntimeException threadGone) {
            // A thread that ended between listing and reading.
          }
        }
      } catch (java.io.IOException e) {
        return 0;
      }
      return sum;
    }
  }

  private static final class StartDone {}

  private static final class InitDone {}

  private static final class CheckpointDone {}

  private static final class FirstDone {}

  private static final class SecondDone {}
}
