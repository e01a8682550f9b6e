package io.scimgate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.testing.TemplateRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's layout tree is the map a newcomer reads first; these tests keep it true. Every
 * package of shared's main code, every function module and every top-level folder has its line, and
 * every line names something that exists. A failure says which line to add or remove.
 */
class ReadmeMapTest {
  private static final Path ROOT = TemplateRoutes.template().getParent();
  private static final String PACKAGES_HEADER = "src/main/java/io/scimgate/";

  @Test
  void everyPackageOfSharedMain_hasALineInTheTree() throws IOException {
    Set<String> packages = new TreeSet<>();
    Path base = ROOT.resolve("shared/" + PACKAGES_HEADER);
    try (Stream<Path> files = Files.walk(base)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(f -> packages.add(base.relativize(f.getParent()).toString().replace('\\', '/')));
    }
    Set<String> listed = entriesUnder(PACKAGES_HEADER, false);

    List<String> fixes = new ArrayList<>();
    fixes.addAll(missing(packages, listed, "package io.scimgate.%1$s: add `    %2$s/  <what>`"));
    fixes.addAll(missing(listed, packages, "no package io.scimgate.%1$s: remove `%2$s/`"));

    assertEquals(List.of(), fixes, "README.md's Layout tree, under " + PACKAGES_HEADER);
  }

  @Test
  void everyFunctionModule_isNamedInTheTree() throws IOException {
    Set<String> modules = directories(ROOT.resolve("functions"));
    Set<String> listed = entriesUnder("functions/", true);

    List<String> fixes = new ArrayList<>();
    fixes.addAll(missing(modules, listed, "module functions/%2$s: add `%2$s/` under functions/"));
    fixes.addAll(missing(listed, modules, "no module functions/%2$s: remove `%2$s/`"));

    assertEquals(List.of(), fixes, "README.md's Layout tree");
  }

  @Test
  void everyTopLevelFolder_hasALineInTheTree() throws IOException {
    Set<String> folders = directories(ROOT);
    folders.remove("target");
    Set<String> listed = new TreeSet<>();
    for (String line : tree()) {
      String first = line.split(" +")[0];
      if (!line.startsWith(" ") && first.endsWith("/")) {
        listed.add(first.substring(0, first.length() - 1));
      }
    }

    List<String> fixes = new ArrayList<>();
    fixes.addAll(missing(folders, listed, "folder %2$s/: add `%2$s/  <what it holds>`"));
    fixes.addAll(missing(listed, folders, "no folder %2$s/: remove its line"));

    assertEquals(List.of(), fixes, "README.md's Layout tree");
  }

  /** The lines of the first code block after "## Layout". */
  private static List<String> tree() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    int heading = lines.indexOf("## Layout");
    int open = heading < 0 ? -1 : lines.subList(heading, lines.size()).indexOf("```");
    if (open < 0) {
      throw new AssertionError("README.md has no code block under a \"## Layout\" heading");
    }
    List<String> tree = new ArrayList<>();
    for (String line : lines.subList(heading + open + 1, lines.size())) {
      if (line.startsWith("```")) {
        return tree;
      }
      tree.add(line);
    }
    throw new AssertionError("README.md's layout code block is not closed");
  }

  /**
   * The {@code name/} entries of the lines indented under the tree line that starts with {@code
   * header}, up to the next line that is not indented deeper: the first word of each line, or with
   * {@code allWords} every word that ends in {@code /} (the functions line lists several).
   */
  private static Set<String> entriesUnder(String header, boolean allWords) throws IOException {
    List<String> tree = tree();
    int at = 0;
    while (at < tree.size() && !tree.get(at).trim().startsWith(header)) {
      at++;
    }
    if (at == tree.size()) {
      throw new AssertionError("README.md's layout tree has no line starting with " + header);
    }
    int indent = indent(tree.get(at));
    Set<String> entries = new TreeSet<>();
    for (String line : tree.subList(at + 1, tree.size())) {
      if (indent(line) <= indent) {
        break;
      }
      String[] words = line.trim().split(" +");
      for (int w = 0; w < (allWords ? words.length : 1); w++) {
        if (words[w].endsWith("/")) {
          entries.add(words[w].substring(0, words[w].length() - 1));
        }
      }
    }
    return entries;
  }

  private static List<String> missing(Set<String> wanted, Set<String> present, String message) {
    return wanted.stream()
        .filter(name -> !present.contains(name))
        .map(name -> message.formatted(name.replace('/', '.'), name))
        .toList();
  }

  private static Set<String> directories(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .map(child -> child.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
