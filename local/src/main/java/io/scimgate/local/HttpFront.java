package io.scimgate.local;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runner's HTTP/1.1 listener on a loopback port: one virtual thread per connection, so a client
 * that stalls holds only its own connection, and every read bounded in time and size. It answers
 * what API Gateway answers at its edge: 400 for a request it cannot parse, 408 when a request does
 * not arrive in time, 413 above HTTP API's 10 MB payload quota, 414/431 for a head (request line
 * and headers) above 16 KiB, which is more than HTTP API's 10 240-byte quota for the request line
 * and header values; each with a JSON {@code message} body.
 */
final class HttpFront implements AutoCloseable {
  /** Answers one parsed request. */
  interface Handler {
    GatewayResponse handle(IncomingRequest request) throws InterruptedException;
  }

  /** Request line and headers, every byte counted; above HTTP API's quota on values. */
  static final int MAX_HEAD_BYTES = 16 * 1024;

  static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** How often a blocked read wakes up to check its deadline. */
  private static final int READ_TICK_MILLIS = 250;

  private final ServerSocket listener;
  private final Duration idleTimeout;
  private final Duration requestTimeout;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * @param idleTimeout how long a kept-alive connection may wait for its next request
   * @param requestTimeout how long one request, head and body, may take from its first byte
   */
  HttpFront(int port, Duration idleTimeout, Duration requestTimeout) throws IOException {
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.idleTimeout = idleTimeout;
    this.requestTimeout = requestTimeout;
  }

  int port() {
    return listener.getLocalPort();
  }

  void start(Handler handler) {
    Thread.ofPlatform()
        .daemon()
        .name("local-http-accept")
        .start(() -> {
          while (!closed) {
            try {
              Socket socket = listener.accept();
              open.add(socket);
              Thread.ofVirtual().name("local-http").start(() -> serve(socket, handler));
            } catch (IOException e) {
              if (!closed) {
                System.err.println("local runner: accept failed: " + e);
              }
            }
          }
        });
  }

  private void serve(Socket socket, Handler handler) {
    try (socket) {
      socket.setSoTimeout(READ_TICK_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream());
      String sourceIp = socket.getInetAddress().getHostAddress();
      boolean keepAlive = true;
      while (keepAlive && !closed) {
        RequestReader reader = new RequestReader(in, out, requestTimeout, idleTimeout);
        IncomingRequest request;
        try {
          request = reader.read(sourceIp);
        } catch (RequestReader.Rejected rejected) {
          write(out, "GET", GatewayResponse.message(rejected.status, rejected.getMessage()), false);
          drain(socket, in);
          return;
        } catch (SocketTimeoutException idle) {
          return; // no request within the idle timeout: close quietly, as servers do
        }
        if (request == null) {
          return; // the client closed the connection between requests
        }
        keepAlive = reader.keepAlive();
        GatewayResponse response;
        try {
          response = handler.handle(request);
        } catch (RuntimeException bug) {
          // A runner bug, not a function error; still an answer, never a dropped connection.
          System.err.println(
              "local runner: "
                  + request.method()
                  + " "
                  + request.rawPath()
                  + " failed in the gateway: "
                  + bug);
          response = GatewayResponse.message(500, "Internal Server Error");
        }
        write(out, request.method(), response, keepAlive);
      }
    } catch (IOException clientGone) {
      // Nothing to answer.
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } finally {
      open.remove(socket);
    }
  }

  private static void write(
      OutputStream out, String method, GatewayResponse response, boolean keepAlive)
      throws IOException {
    int status = response.status();
    boolean bodyless = status == 204 || status == 304 || status < 200;
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(status).append(' ').append(Reasons.of(status)).append("\r\n");
    for (Map.Entry<String, String> h : response.headers()) {
      head.append(h.getKey())
          .append(": ")
          .append(h.getValue().replaceAll("[\r\n]", " "))
          .append("\r\n");
    }
    head.append("Date: ")
        .append(HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)))
        .append("\r\n");
    if (!bodyless) {
      head.append("Content-Length: ").append(response.body().length).append("\r\n");
    }
    head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!bodyless && !method.toUpperCase(Locale.ROOT).equals("HEAD")) {
      out.write(response.body());
    }
    out.flush();
  }

  /**
   * After an early answer, reads (and drops) what the client is still sending for a moment, so
   * closing does not reset the connection before the client has read the answer.
   */
  private static void drain(Socket socket, InputStream in) {
    try {
      socket.shutdownOutput();
      socket.setSoTimeout(500);
      byte[] buffer = new byte[16 * 1024];
      long limit = 4L * MAX_BODY_BYTES;
      for (long total = 0; total < limit; ) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        total += n;
      }
    } catch (IOException done) {
      // Timed out or reset: the answer had its chance.
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException ignored) {
      // Closing anyway.
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }
  }
}
