package io.scimgate.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda Runtime API (version 2018-06-01) of one sandbox, on its own loopback port: the runtime
 * interface client long-polls {@code GET /invocation/next}, answers with {@code
 * /invocation/{id}/response} or {@code /error}, and reports a failed start on {@code /init/error}.
 * SnapStart's {@code GET /restore/next} answers at once (there is no snapshot to restore from).
 */
final class RuntimeApi implements AutoCloseable {
  private static final String BASE = "/2018-06-01/runtime/";
  private static final Pattern INVOCATION =
      Pattern.compile(BASE + "invocation/([^/]+)/(response|error)");

  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final BlockingQueue<Invocation> queued = new LinkedBlockingQueue<>();
  private final Map<String, Invocation> running = new ConcurrentHashMap<>();
  private final String functionArn;

  /** Completed at the first {@code /next} (init done) or by {@code /init/error}. */
  final CompletableFuture<Void> ready = new CompletableFuture<>();

  /** Completed when the runtime asked for {@code /restore/next} (SnapStart hooks ran). */
  final CompletableFuture<Void> restored = new CompletableFuture<>();

  RuntimeApi(String functionArn) throws IOException {
    this.functionArn = functionArn;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(BASE, this::handle);
    server.start();
  }

  /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Hands {@code invocation} to the runtime's next {@code /next}. */
  void submit(Invocation invocation) {
    queued.add(invocation);
  }

  /** Ends every invocation not yet answered with {@code outcome} (the runtime is gone). */
  void failAll(Invocation.Outcome outcome) {
    ready.completeExceptionally(new IOException("runtime ended before it was ready"));
    queued.forEach(i -> i.outcome.complete(outcome));
    queued.clear();
    running.values().forEach(i -> i.outcome.complete(outcome));
    running.clear();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      Matcher m = INVOCATION.matcher(path);
      if (path.equals(BASE + "invocation/next")) {
        next(exchange);
      } else if (m.matches()) {
        Invocation invocation = running.remove(m.group(1));
        if (invocation == null) {
          send(exchange, 400, "{\"errorMessage\":\"unknown request id\"}");
          return;
        }
        boolean ok = m.group(2).equals("response");
        invocation.outcome.complete(
            new Invocation.Outcome(
                ok ? Invocation.Kind.SUCCESS : Invocation.Kind.ERROR,
                body,
                exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type")));
        send(exchange, 202, "{\"status\":\"OK\"}");
      } else if (path.equals(BASE + "init/error")) {
        ready.completeExceptionally(
            new IOException("init error: " + new String(body, StandardCharsets.UTF_8)));
        send(exchange, 202, "{\"status\":\"OK\"}");
      } else if (path.equals(BASE + "restore/next")) {
        restored.complete(null);
        send(exchange, 200, "");
      } else if (path.equals(BASE + "restore/error")) {
        send(exchange, 202, "{\"status\":\"OK\"}");
      } else {
        send(exchange, 404, "{\"errorMessage\":\"not a Runtime API path\"}");
      }
    }
  }

  /** Blocks (on a virtual thread) until there is an event, as Lambda's long poll does. */
  private void next(HttpExchange exchange) throws IOException {
    ready.complete(null);
    Invocation invocation;
    try {
      invocation = queued.take();
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return;
    }
    long deadline = System.currentTimeMillis() + invocation.timeoutMillis;
    running.put(invocation.requestId, invocation);
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId);
    headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(deadline));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
    headers.set("Lambda-Runtime-Trace-Id", traceId(invocation.requestId));
    exchange.sendResponseHeaders(200, invocation.event.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(invocation.event);
    }
    invocation.taken.complete(deadline);
  }

  private static String traceId(String requestId) {
    String hex = requestId.replace("-", "");
    return "Root=1-"
        + Long.toHexString(System.currentTimeMillis() / 1000)
        + "-"
        + hex.substring(0, Math.min(24, hex.length()))
        + ";Sampled=0";
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
