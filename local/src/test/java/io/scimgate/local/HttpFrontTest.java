package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runner's HTTP listener under hostile clients (issue 11 item 12): stalled connections, huge
 * headers, malformed requests. The handler echoes the request, so only the listener is tested.
 */
class HttpFrontTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private HttpFront front;

  @BeforeEach
  void start() throws IOException {
    front = new HttpFront(0, Duration.ofSeconds(5), Duration.ofSeconds(1));
    front.start(request ->
        new GatewayResponse(
            200,
            List.of(Map.entry("Content-Type", "text/plain")),
            (request.method()
                    + " "
                    + request.rawPath()
                    + " "
                    + request.rawQuery()
                    + " "
                    + new String(request.body(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8)));
  }

  @AfterEach
  void stop() {
    front.close();
  }

  @Test
  void connectionsStalledMidHeadOrMidBody_doNotHoldUpOtherClients() throws Exception {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket socket = connect();
        String partial =
            i % 2 == 0
                ? "GET /slow HTTP/1.1\r\nHost: x\r\n"
                : "POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly-part";
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }

      long started = System.nanoTime();
      HttpResponse<String> ok =
          HTTP.send(
              HttpRequest.newBuilder(uri("/fast?x=1")).build(),
              HttpResponse.BodyHandlers.ofString());
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertEquals(200, ok.statusCode());
      assertEquals("GET /fast x=1 ", ok.body());
      assertTrue(
          millis < 900, "answered in " + millis + " ms, before any stalled request timed out");
      for (Socket socket : stalled) {
        String answer = readAll(socket.getInputStream());
        assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
        assertTrue(answer.endsWith("{\"message\":\"Request Timeout\"}"), answer);
      }
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void aOneMebibyteHeader_is431WithABody() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/x")).header("X-Big", "a".repeat(1024 * 1024)).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(431, response.statusCode());
    assertEquals("{\"message\":\"Request Header Fields Too Large\"}", response.body());
  }

  @Test
  void headersAtHttpApisQuota_stillPass() throws Exception {
    String value = "a".repeat(10_240 - 200); // HTTP API's quota, less the request line
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri("/x")).header("X-Big", value).build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
  }

  @Test
  void malformedRequestLine_is400AndTheConnectionCloses() throws Exception {
    try (Socket socket = connect()) {
      socket.getOutputStream().write("NOT A REQUEST\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = readAll(socket.getInputStream());

      assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer);
      assertTrue(answer.endsWith("{\"message\":\"Bad Request\"}"), answer);
    }
  }

  @Test
  void chunkedBodyAfter100Continue_arrivesWhole() throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                  + "Expect: 100-continue\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String interim = new String(in.readNBytes(25), StandardCharsets.US_ASCII);
      assertEquals("HTTP/1.1 100 Continue\r\n\r\n", interim);
      out.write("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = readAll(in);

      assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
      assertTrue(answer.endsWith("POST /c null hello world"), answer);
    }
  }

  @Test
  void bodyAboveTheTenMegabyteQuota_is413() throws Exception {
    try (Socket socket = connect()) {
      socket
          .getOutputStream()
          .write(
              ("POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: "
                      + (HttpFront.MAX_BODY_BYTES + 1)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = readAll(socket.getInputStream());

      assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    }
  }

  @Test
  void keepAlive_servesSeveralRequestsOnOneConnection() throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /one HTTP/1.1\r\nHost: x\r\n\r\n"
                  + "GET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      String answer = readAll(socket.getInputStream());

      assertTrue(answer.contains("GET /one null"), answer);
      assertTrue(answer.endsWith("GET /two null "), answer);
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), front.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + front.port() + path);
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }
}
