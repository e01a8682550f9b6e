package io.scimgate.bench.logs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * One fresh JVM per run: Jackson is warmed first (the service loads it anyway), then the first log
 * line (or metrics document) of the chosen variant is written, timed, and the classes it loaded
 * counted. Prints {@code variant firstNanos secondNanos classes} on stderr; the lines themselves go
 * to stdout (discarded by the script).
 */
public final class FirstLine {
  static final ObjectMapper MAPPER = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String variant = args[0];
    ObjectNode warm = MAPPER.createObjectNode().put("warm", 1);
    System.out.println(MAPPER.writeValueAsString(warm));
    Consumer<Integer> line =
        switch (variant) {
          case "own-log" -> OwnLines::log;
          case "own-emf" -> OwnLines::emf;
          case "powertools-log" -> PowertoolsLines::log;
          case "powertools-metrics" -> PowertoolsLines::metrics;
          default -> throw new IllegalArgumentException(variant);
        };
    var classes = ManagementFactory.getClassLoadingMXBean();
    long before = classes.getTotalLoadedClassCount();
    long t0 = System.nanoTime();
    line.accept(1);
    long t1 = System.nanoTime();
    long loaded = classes.getTotalLoadedClassCount() - before;
    line.accept(2);
    long t2 = System.nanoTime();
    System.err.println(variant + " " + (t1 - t0) + " " + (t2 - t1) + " " + loaded);
    // Powertools metrics leaves non-daemon threads behind; the measurement is done.
    System.exit(0);
  }
}
