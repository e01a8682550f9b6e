package io.scimgate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh local runner (its own data directory, DynamoDB Local and function sandboxes) for each
 * test, closed and deleted after it: {@code @RegisterExtension final RunnerPerTest service =
 * RunnerPerTest.withDefaults();}.
 */
public final class RunnerPerTest implements BeforeEachCallback, AfterEachCallback {
  private final UnaryOperator<Config> settings;
  private Path dataDir;
  private LocalRunner runner;

  private RunnerPerTest(UnaryOperator<Config> settings) {
    this.settings = settings;
  }

  /** {@link Config#forTests}. */
  public static RunnerPerTest withDefaults() {
    return new RunnerPerTest(UnaryOperator.identity());
  }

  /** {@link Config#forTests}, then {@code settings} (e.g. {@code c -> c.withTokenCacheTtl(…)}). */
  public static RunnerPerTest with(UnaryOperator<Config> settings) {
    return new RunnerPerTest(settings);
  }

  /** The runner of the current test. */
  public LocalRunner runner() {
    return runner;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    dataDir = Files.createTempDirectory("scim-local-it");
    runner = LocalRunner.start(settings.apply(Config.forTests(dataDir)));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (runner != null) {
        runner.close();
      }
    } finally {
      runner = null;
      delete(dataDir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
