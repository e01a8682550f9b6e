package io.scimgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.testing.TemplateRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package cycles in shared's main sources, read from the source text. {@link ArchitectureTest}
 * checks the same on bytecode, which cannot see a dependency on a compile-time constant (javac
 * copies the value): the {@code admin -> lambda} edge of the old {@code app -> admin -> lambda ->
 * app} cycle was such a constant.
 */
class SourceImportCyclesTest {
  private static final Path MAIN =
      TemplateRoutes.template().getParent().resolve("shared/src/main/java");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(io\\.scimgate(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z]");

  @Test
  void sharedMain_hasNoPackageCycle() throws IOException {
    Map<String, Set<String>> edges = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = MAIN.relativize(file.getParent()).toString().replace('/', '.');
        Set<String> to = edges.computeIfAbsent(from, k -> new TreeSet<>());
        for (String line : Files.readAllLines(file)) {
          String code = line.trim();
          if (code.startsWith("*") || code.startsWith("/") || code.startsWith("package ")) {
            continue;
          }
          Matcher reference = REFERENCE.matcher(code);
          while (reference.find()) {
            if (!reference.group(1).equals(from)) {
              to.add(reference.group(1));
            }
          }
        }
      }
    }
    assertEquals(List.of(), cycle(edges), "a package cycle, each package importing the next");
  }

  /** One cycle as its packages in order (first repeated at the end), or empty. */
  private static List<String> cycle(Map<String, Set<String>> edges) {
    Set<String> done = new TreeSet<>();
    for (String start : edges.keySet()) {
      List<String> found = search(start, edges, new ArrayList<>(), done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<String> search(
      String at, Map<String, Set<String>> edges, List<String> path, Set<String> done) {
    int seen = path.indexOf(at);
    if (seen >= 0) {
      List<String> loop = new ArrayList<>(path.subList(seen, path.size()));
      loop.add(at);
      return loop;
    }
    if (done.contains(at)) {
      return List.of();
    }
    path.add(at);
    for (String next : edges.getOrDefault(at, Set.of())) {
      List<String> found = search(next, edges, path, done);
      if (!found.isEmpty()) {
        return found;
      }
    }
    path.remove(path.size() - 1);
    done.add(at);
    return List.of();
  }
}
