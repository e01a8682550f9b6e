package io.scimgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.testing.TemplateRoutes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation's references resolve inside the repository: links between the Markdown files,
 * the docs that Javadoc cites, and every test and fixture docs/idp-dialects.md names as the pin of
 * a rule (so renaming a test without the doc, or the doc without the test, fails here).
 */
class DocReferencesTest {
  private static final Path ROOT = TemplateRoutes.template().getParent();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern CITED_DOC = Pattern.compile("docs/[A-Za-z0-9/_.-]*?\\.md");
  private static final Pattern PIN =
      Pattern.compile(
          "`([A-Z]\\w*(?:Test|IT|Spec))(?:\\.(\\w+))?`|`(events/[\\w.-]+\\.json)`|\\*([^*]+)\\*");

  @Test
  void markdownLinks_resolveToFilesAndHeadings() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path doc : files("md", "README.md", "docs")) {
      Matcher link = LINK.matcher(Files.readString(doc));
      while (link.find()) {
        String target = link.group(1);
        if (!target.matches("[a-z]+:.*")) {
          String problem = problem(doc.getParent(), target);
          if (problem != null) {
            broken.add(ROOT.relativize(doc) + ": " + target + " (" + problem + ")");
          }
        }
      }
    }
    assertEquals(List.of(), broken, "Markdown links that do not resolve");
  }

  @Test
  void docsCitedInJavaSources_exist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path source : files("java", "shared", "local", "functions")) {
      Matcher cited = CITED_DOC.matcher(Files.readString(source));
      while (cited.find()) {
        if (!Files.isRegularFile(ROOT.resolve(cited.group()))) {
          broken.add(ROOT.relativize(source) + " cites " + cited.group());
        }
      }
    }
    assertEquals(List.of(), broken, "Javadoc and comments cite docs that do not exist");
  }

  @Test
  void everyPinOfIdpDialects_namesAnExistingTestMethodRowOrFixture() throws IOException {
    Map<String, Path> tests =
        files("java", "shared", "local", "functions").stream()
            .collect(
                Collectors.toMap(
                    f -> f.getFileName().toString().replace(".java", ""),
                    Function.identity(),
                    (a, b) -> a));
    List<String> broken = new ArrayList<>();
    int pins = 0;
    for (String line : Files.readAllLines(ROOT.resolve("docs/idp-dialects.md"))) {
      if (!line.startsWith("|") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split("\\|");
      Matcher pin = PIN.matcher(cells[cells.length - 1]);
      String current = null;
      while (pin.find()) {
        pins++;
        if (pin.group(1) != null) {
          current = read(tests.get(pin.group(1)));
          if (current == null) {
            broken.add("no test class " + pin.group(1));
          } else if (pin.group(2) != null && !current.contains(" " + pin.group(2) + "(")) {
            broken.add(pin.group(1) + " has no method " + pin.group(2));
          }
        } else if (pin.group(3) != null) {
          if (!Files.isRegularFile(ROOT.resolve(pin.group(3)))) {
            broken.add("no fixture " + pin.group(3));
          }
        } else if (current == null
            || !current.contains(pin.group(4).replace("\"", "\\\""))
                && !current.contains(pin.group(4))) {
          broken.add("no row \"" + pin.group(4) + "\" in the test named before it");
        }
      }
    }
    assertEquals(List.of(), broken, "docs/idp-dialects.md pins a rule on something missing");
    if (pins < 50) {
      throw new AssertionError("only " + pins + " pins read: the table format changed?");
    }
  }

  @Test
  void decisionRecords_nameWhereTheCodeIs_notABranch() throws IOException {
    List<String> stale = new ArrayList<>();
    for (Path record : files("md", "docs/decisions")) {
      for (String line : Files.readAllLines(record)) {
        if (line.matches("(?i).*\\bon branch\\b.*")) {
          stale.add(ROOT.relativize(record) + ": " + line);
        }
      }
    }
    assertEquals(List.of(), stale, "branches are merged and deleted; say where the code is");
  }

  /** Why {@code target} (relative to {@code dir}) does not resolve, or null when it does. */
  private static String problem(Path dir, String target) throws IOException {
    String[] parts = target.split("#", 2);
    Path file = parts[0].isEmpty() ? null : dir.resolve(parts[0]).normalize();
    if (file != null && !Files.exists(file)) {
      return "no such file";
    }
    if (parts.length == 2 && file != null && file.toString().endsWith(".md")) {
      boolean found =
          Files.readAllLines(file).stream()
              .filter(l -> l.startsWith("#"))
              .map(DocReferencesTest::slug)
              .anyMatch(parts[1]::equals);
      return found ? null : "no heading #" + parts[1];
    }
    return null;
  }

  /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
  private static String slug(String heading) {
    String text = heading.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT);
    return text.replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  private static List<Path> files(String extension, String... roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String root : roots) {
      try (Stream<Path> walk = Files.walk(ROOT.resolve(root))) {
        walk.filter(f -> f.toString().endsWith("." + extension))
            .filter(f -> !f.toString().contains("/target/"))
            .forEach(out::add);
      }
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return file == null ? null : Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
