package io.scimgate.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One Lambda execution environment: a JVM running the runtime interface client over a function's
 * task root, talking to its own {@link RuntimeApi}. It serves one invocation at a time ({@link
 * FunctionPool} guarantees that); a timed-out or crashed sandbox is stopped and not reused, as
 * Lambda does.
 */
final class Sandbox implements AutoCloseable {
  /** How long a runtime may start and load its handler (Lambda: 10 s; 2 busy cores need more). */
  static final Duration INIT_LIMIT = Duration.ofSeconds(60);

  private final FunctionSpec spec;
  private final RuntimeApi api;
  private final Process process;
  private final FunctionLogs logs;
  private final long startedNanos = System.nanoTime();
  private volatile String currentRequest = "init";
  private volatile boolean usable = true;
  private long initMillis = -1;

  private Sandbox(FunctionSpec spec, RuntimeApi api, Process process, FunctionLogs logs) {
    this.spec = spec;
    this.api = api;
    this.process = process;
    this.logs = logs;
  }

  /**
   * Starts the JVM and waits until its runtime asks for the first event (init done); throws when
   * init fails or takes longer than {@link #INIT_LIMIT}.
   */
  static Sandbox start(
      FunctionSpec spec,
      Path taskRoot,
      Map<String, String> env,
      List<String> jvmFlags,
      FunctionLogs logs)
      throws IOException {
    RuntimeApi api = new RuntimeApi(SandboxEnvironment.functionArn(spec));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.addAll(
        List.of("-cp", RuntimeClasspath.get(), RuntimeClasspath.MAIN_CLASS, spec.handler()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      api.close();
      throw e;
    }
    Sandbox sandbox = new Sandbox(spec, api, process, logs);
    sandbox.pump(process.getInputStream(), "stdout");
    sandbox.pump(process.getErrorStream(), "stderr");
    process
        .onExit()
        .thenRun(() -> {
          sandbox.usable = false;
          api.failAll(
              new Invocation.Outcome(Invocation.Kind.CRASH, new byte[0], "Runtime.ExitError"));
        });
    api.restored.thenRun(() ->
        logs.line(
            spec.logicalId(),
            "init",
            "RESTORE_START SnapStart: beforeCheckpoint hooks ran; restoring in place (no snapshot)"));
    try {
      api.ready.get(INIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      sandbox.initMillis = (System.nanoTime() - sandbox.startedNanos) / 1_000_000;
      return sandbox;
    } catch (ExecutionException | TimeoutException e) {
      sandbox.close();
      throw new IOException(spec.logicalId() + " failed to initialise: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sandbox.close();
      throw new IOException("interrupted while " + spec.logicalId() + " initialised", e);
    }
  }

  /** Runs one event; never throws for a function failure (see {@link Invocation.Kind}). */
  Invocation.Outcome invoke(String requestId, byte[] event) throws InterruptedException {
    long timeoutMillis = spec.timeoutSeconds() * 1000L;
    Invocation invocation = new Invocation(requestId, event, timeoutMillis);
    currentRequest = requestId;
    long started = System.nanoTime();
    logs.line(spec.logicalId(), requestId, "START RequestId: " + requestId + " Version: $LATEST");
    api.submit(invocation);
    Invocation.Outcome outcome;
    try {
      CompletableFuture.anyOf(invocation.taken, invocation.outcome)
          .get(INIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      outcome = invocation.outcome.get(timeoutMillis + 100, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      logs.line(
          spec.logicalId(),
          requestId,
          String.format("Task timed out after %d.00 seconds", spec.timeoutSeconds()));
      usable = false;
      close();
      outcome = new Invocation.Outcome(Invocation.Kind.TIMEOUT, new byte[0], "Sandbox.Timedout");
    } catch (ExecutionException e) {
      throw new IllegalStateException("invocation futures never fail", e);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    logs.line(spec.logicalId(), requestId, "END RequestId: " + requestId);
    logs.line(
        spec.logicalId(),
        requestId,
        String.format(
            "REPORT RequestId: %s Duration: %d ms Memory Size: %d MB%s",
            requestId,
            millis,
            spec.memoryMb(),
            initMillis >= 0 ? " Init Duration: " + initMillis + " ms" : ""));
    initMillis = -1;
    if (outcome.kind() == Invocation.Kind.CRASH) {
      usable = false;
    }
    return outcome;
  }

  /** Whether it may serve another invocation (it has not timed out, crashed or been closed). */
  boolean usable() {
    return usable && process.isAlive();
  }

  /** Completed when the runtime called {@code /restore/next} (SnapStart's checkpoint hooks ran). */
  CompletableFuture<Void> restored() {
    return api.restored;
  }

  private void pump(InputStream stream, String name) {
    Thread.ofVirtual()
        .name(spec.logicalId() + "-" + name)
        .start(() -> {
          try (BufferedReader reader =
              new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
              logs.line(spec.logicalId(), currentRequest, line);
            }
          } catch (IOException ended) {
            // The process is gone; its remaining output with it.
          }
        });
  }

  /** Stops the JVM (at once: a sandbox keeps no state worth a graceful stop) and its API. */
  @Override
  public void close() {
    usable = false;
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    api.close();
  }
}
