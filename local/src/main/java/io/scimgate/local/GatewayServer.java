package io.scimgate.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The HTTP listener in front of {@link HttpApiGateway}, on a loopback port. */
final class GatewayServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  private GatewayServer(HttpServer server) {
    this.server = server;
  }

  static GatewayServer bind(int port) throws IOException {
    return new GatewayServer(
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0));
  }

  int port() {
    return server.getAddress().getPort();
  }

  void start(HttpApiGateway gateway) {
    server.setExecutor(threads);
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        IncomingRequest request = new IncomingRequest(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery(),
            Map.copyOf(exchange.getRequestHeaders()),
            body,
            exchange.getRemoteAddress().getAddress().getHostAddress(),
            exchange.getProtocol());
        send(exchange, request.method(), gateway.handle(request));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    server.start();
  }

  private static void send(HttpExchange exchange, String method, GatewayResponse response)
      throws IOException {
    for (Map.Entry<String, String> h : response.headers()) {
      exchange.getResponseHeaders().add(h.getKey(), h.getValue());
    }
    byte[] body = response.body();
    int status = response.status();
    boolean noBody =
        body.length == 0 || method.equalsIgnoreCase("HEAD") || status == 204 || status == 304;
    exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

}
