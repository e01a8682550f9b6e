package io.scimgate.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every function of template.yaml as a pool of sandboxes, started lazily: a function's first invoke
 * starts its first sandbox (Lambda's cold start), docs/decisions/0010.
 */
final class Lambdas implements AutoCloseable {
  private final Map<String, FunctionSpec> specs;
  private final Map<String, FunctionPool> pools = new LinkedHashMap<>();

  /**
   * @param maxSandboxes per function: how many invokes of one function run at the same time
   */
  Lambdas(
      Map<String, FunctionSpec> specs,
      TaskRoots taskRoots,
      SandboxEnvironment environment,
      int maxSandboxes,
      FunctionLogs logs) {
    this.specs = Map.copyOf(specs);
    specs.forEach((name, spec) ->
        pools.put(
            name,
            new FunctionPool(
                name,
                () -> {
                  Path root = taskRoots.of(spec.jar());
                  return Sandbox.start(
                      spec,
                      root,
                      environment.variables(spec, root),
                      environment.jvmFlags(spec),
                      logs);
                },
                maxSandboxes,
                logs)));
  }

  /** The result of {@link #invoke}; {@code requestId} is the one the function saw. */
  record Result(String requestId, Invocation.Outcome outcome) {}

  /**
   * Invokes {@code function} with {@code event}, waiting at most {@code maxWaitMillis} for a free
   * sandbox; a function failure is a {@link Result}, not an exception.
   *
   * @throws IllegalArgumentException when the template has no such function
   */
  Result invoke(String function, String requestId, byte[] event, long maxWaitMillis)
      throws InterruptedException {
    FunctionPool pool = pools.get(function);
    if (pool == null) {
      throw new IllegalArgumentException("template.yaml has no function " + function);
    }
    String id = requestId != null ? requestId : UUID.randomUUID().toString();
    Sandbox sandbox;
    try {
      sandbox = pool.acquire(maxWaitMillis);
    } catch (IOException initFailed) {
      return new Result(
          id, new Invocation.Outcome(Invocation.Kind.CRASH, new byte[0], "Runtime.InitError"));
    }
    if (sandbox == null) {
      return new Result(
          id, new Invocation.Outcome(Invocation.Kind.TIMEOUT, new byte[0], "Runner.NoSandboxFree"));
    }
    try {
      return new Result(id, sandbox.invoke(id, event));
    } finally {
      pool.release(sandbox);
    }
  }

  Map<String, FunctionSpec> specs() {
    return specs;
  }

  @Override
  public void close() {
    pools.values().parallelStream().forEach(FunctionPool::close);
  }
}
