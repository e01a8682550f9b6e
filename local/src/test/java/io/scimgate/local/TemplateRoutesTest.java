package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.deploy.TemplateFile.Route;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code template.yaml} and the repository agree: every route reaches a handler the runner can
 * build, and every request fixture under {@code events/} is used by a test.
 */
class TemplateRoutesTest {
  private static final Path TEMPLATE = TemplateFile.locate(Path.of(""));
  private static final Path ROOT = TEMPLATE.getParent();
  private static final Set<String> NOT_SOURCES =
      Set.of("target", ".git", "node_modules", ".scim-local");

  @Test
  void everyRoute_mapsToAHandlerClassWithTheNoArgumentConstructorLambdaCalls() throws IOException {
    List<Route> routes = TemplateFile.read(TEMPLATE).routes();

    assertFalse(routes.isEmpty(), "template.yaml declares no HttpApi routes");
    List<String> problems = new ArrayList<>();
    for (Route route : routes) {
      try {
        Class<?> type = Class.forName(route.handlerClass(), false, getClass().getClassLoader());
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
          problems.add(route.handlerClass() + " is no RequestStreamHandler");
        }
        type.getConstructor();
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        problems.add(route.function() + " " + route.method() + " " + route.path() + ": " + e);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void routes_areUniqueByMethodAndPath() throws IOException {
    List<String> keys =
        TemplateFile.read(TEMPLATE).routes().stream()
            .map(r -> r.method() + " " + r.path())
            .toList();

    assertEquals(keys.size(), Set.copyOf(keys).size(), "duplicate route keys: " + keys);
  }

  /**
   * Name-reference check: an {@code events/} fixture counts as used when its file name appears
   * verbatim in some file under a {@code src/test} directory of any module. An empty or missing
   * {@code events/} passes.
   */
  @Test
  void everyEventFixture_isNamedByATestSource() throws IOException {
    Path events = ROOT.resolve("events");
    if (!Files.isDirectory(events)) {
      return;
    }
    List<Path> fixtures;
    try (Stream<Path> walk = Files.walk(events)) {
      fixtures = walk.filter(Files::isRegularFile).toList();
    }
    if (fixtures.isEmpty()) {
      return;
    }
    List<String> testSources = testSources();
    List<String> unused = new ArrayList<>();
    for (Path fixture : fixtures) {
      String name = fixture.getFileName().toString();
      if (name.endsWith(".json")) {
        assertTrue(isJson(fixture), ROOT.relativize(fixture) + " is not valid JSON");
      }
      if (testSources.stream().noneMatch(text -> text.contains(name))) {
        unused.add(ROOT.relativize(fixture).toString());
      }
    }
    assertEquals(List.of(), unused, "event fixtures that no test names");
  }

  private static List<String> testSources() throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(p -> !excluded(p))
          .filter(p -> ROOT.relativize(p).toString().replace('\\', '/').contains("src/test/"))
          .filter(Files::isRegularFile)
          .map(TemplateRoutesTest::read)
          .toList();
    }
  }

  private static boolean excluded(Path path) {
    for (Path part : ROOT.relativize(path)) {
      if (NOT_SOURCES.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(Path file) {
    try {
      Json.MAPPER.readTree(file.toFile());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.nio.charset.MalformedInputException binary) {
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
