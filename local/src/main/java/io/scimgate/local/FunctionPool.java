package io.scimgate.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The sandboxes of one function. Like Lambda, an invoke takes an idle sandbox, and when none is
 * idle a new one starts (a cold start), up to {@code maxSandboxes}; beyond that invokes wait for
 * the first sandbox to free up (where Lambda would throttle), at most {@code maxWaitMillis}.
 */
final class FunctionPool implements AutoCloseable {
  /** Supplies a started sandbox. */
  interface Starter {
    Sandbox start() throws IOException;
  }

  private final String function;
  private final Starter starter;
  private final int maxSandboxes;
  private final FunctionLogs logs;
  private final LinkedBlockingQueue<Sandbox> idle = new LinkedBlockingQueue<>();
  private final List<Sandbox> all = new ArrayList<>();
  private int starting;
  private boolean closed;

  FunctionPool(String function, Starter starter, int maxSandboxes, FunctionLogs logs) {
    this.function = function;
    this.starter = starter;
    this.maxSandboxes = maxSandboxes;
    this.logs = logs;
  }

  /**
   * An idle sandbox, or {@code null} when none freed up or started within {@code maxWaitMillis};
   * throws when the sandbox started for this call failed to initialise (Lambda's init error).
   */
  Sandbox acquire(long maxWaitMillis) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    CompletableFuture<Void> mine = null;
    while (true) {
      Sandbox sandbox = idle.poll();
      if (sandbox == null) {
        if (mine == null) {
          mine = startOneIfRoom();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        long slice = Math.min(left, TimeUnit.MILLISECONDS.toNanos(25));
        sandbox = idle.poll(slice, TimeUnit.NANOSECONDS);
        if (sandbox == null) {
          if (mine != null && mine.isCompletedExceptionally()) {
            throw new IOException(function + " failed to initialise (see its log lines)");
          }
          continue;
        }
      }
      if (sandbox.usable()) {
        return sandbox;
      }
      discard(sandbox);
    }
  }

  /** Gives a sandbox back after an invoke; one that timed out or crashed is stopped instead. */
  void release(Sandbox sandbox) {
    synchronized (this) {
      if (!closed && sandbox.usable()) {
        idle.add(sandbox);
        return;
      }
    }
    discard(sandbox);
  }

  /**
   * Starts a sandbox in the background when every one is busy and there is room for another; {@code
   * null} when there is no room. The future fails when the start failed.
   */
  private CompletableFuture<Void> startOneIfRoom() {
    synchronized (this) {
      if (closed || all.size() + starting >= maxSandboxes) {
        return null;
      }
      starting++;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread.ofVirtual()
        .name(function + "-start")
        .start(() -> {
          Sandbox started = null;
          try {
            started = starter.start();
          } catch (IOException | RuntimeException e) {
            logs.line(function, "init", "sandbox failed to start: " + e.getMessage());
            done.completeExceptionally(e);
          }
          synchronized (this) {
            starting--;
            if (started != null && !closed) {
              all.add(started);
              idle.add(started);
              done.complete(null);
              return;
            }
          }
          if (started != null) {
            started.close();
            done.completeExceptionally(new IOException("runner closed"));
          }
        });
    return done;
  }

  private void discard(Sandbox sandbox) {
    synchronized (this) {
      all.remove(sandbox);
    }
    sandbox.close();
  }

  @Override
  public void close() {
    List<Sandbox> stopping;
    synchronized (this) {
      closed = true;
      stopping = new ArrayList<>(all);
      all.clear();
      idle.clear();
    }
    stopping.parallelStream().forEach(Sandbox::close);
  }
}
