package io.scimgate.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Statuses, latencies and memory samples of a soak run, and their Markdown report. */
final class SoakStats {
  private final Map<String, List<Long>> serviceMicros = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> scheduledMicros = new ConcurrentHashMap<>();
  private final Map<Integer, AtomicLong> statuses = new ConcurrentSkipListMap<>();
  private final Map<String, Map<Integer, AtomicLong>> errorsByOperation = new ConcurrentHashMap<>();
  private final List<String> memory = new ArrayList<>();
  private final AtomicLong skipped = new AtomicLong();
  private double elapsedSeconds;

  void record(String operation, int status, long micros, long sinceScheduledMicros) {
    synchronized (this) {
      serviceMicros.computeIfAbsent(operation, k -> new ArrayList<>()).add(micros);
      scheduledMicros.computeIfAbsent(operation, k -> new ArrayList<>()).add(sinceScheduledMicros);
    }
    statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
    if (status < 200 || status >= 300) {
      errorsByOperation
          .computeIfAbsent(operation, k -> new ConcurrentSkipListMap<>())
          .computeIfAbsent(status, k -> new AtomicLong())
          .incrementAndGet();
    }
  }

  void skipped() {
    skipped.incrementAndGet();
  }

  void sampleMemory(int minute) {
    long heap = SoakBenchmark.usedHeapAfterGc();
    long requests = statuses.values().stream().mapToLong(AtomicLong::get).sum();
    memory.add(
        "| "
            + minute
            + " | "
            + requests
            + " | "
            + heap / (1024 * 1024)
            + " | "
            + rssMiB()
            + " | "
            + loadAverage()
            + " |");
  }

  void finish(double seconds) {
    elapsedSeconds = seconds;
  }

  synchronized String report(int seconds, int rps, int tenants, List<SoakMix> mixes) {
    long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
    StringBuilder out = new StringBuilder();
    out.append("## Run: ")
        .append(tenants)
        .append(" tenants x ")
        .append(rps)
        .append(" req/s for ")
        .append(seconds)
        .append(" s (")
        .append(String.format("%.1f", elapsedSeconds))
        .append(" s measured)\n\n");
    out.append("Requests: ")
        .append(total)
        .append(" (")
        .append(String.format("%.1f", total / elapsedSeconds))
        .append(" req/s achieved); users at the end: ")
        .append(mixes.stream().map(m -> Integer.toString(m.users())).toList())
        .append("; not sent (")
        .append(SoakBenchmark.MAX_IN_FLIGHT)
        .append(" already outstanding): ")
        .append(skipped.get())
        .append("\n\n");
    out.append("| status | count |\n|---|---|\n");
    statuses.forEach((s, n) ->
        out.append("| ").append(s == -1 ? "no answer" : s).append(" | ").append(n).append(" |\n"));
    out.append("\nNon-2xx by operation: ")
        .append(errorsByOperation.isEmpty() ? "none" : errorsByOperation.toString())
        .append("\n\n");
    out.append(
        "| operation | count | p50 ms | p90 ms | p99 ms | max ms | p99 from schedule ms |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    new TreeMap<>(serviceMicros)
        .forEach((op, list) -> {
          long[] v = list.stream().mapToLong(Long::longValue).sorted().toArray();
          long[] s = scheduledMicros.get(op).stream().mapToLong(Long::longValue).sorted().toArray();
          out.append("| ")
              .append(op)
              .append(" | ")
              .append(v.length)
              .append(" | ")
              .append(ms(v, 50))
              .append(" | ")
              .append(ms(v, 90))
              .append(" | ")
              .append(ms(v, 99))
              .append(" | ")
              .append(ms(v, 100))
              .append(" | ")
              .append(ms(s, 99))
              .append(" |\n");
        });
    long[] all =
        serviceMicros.values().stream()
            .flatMap(List::stream)
            .mapToLong(Long::longValue)
            .sorted()
            .toArray();
    out.append("| **all** | ")
        .append(all.length)
        .append(" | ")
        .append(ms(all, 50))
        .append(" | ")
        .append(ms(all, 90))
        .append(" | ")
        .append(ms(all, 99))
        .append(" | ")
        .append(ms(all, 100))
        .append(" | |\n\n");
    out.append("| minute | requests so far | heap after GC MiB | RSS MiB | load avg (1 min) |\n");
    out.append("|---|---|---|---|---|\n");
    memory.forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private static String ms(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return "-";
    }
    int index =
        percentile == 100
            ? sorted.length - 1
            : Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
    return String.format("%.1f", sorted[Math.max(0, index)] / 1000.0);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String rssMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "?";
    }
    return "?";
  }
}
