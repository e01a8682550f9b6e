package io.scimgate.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.1 request from a connection, within {@link HttpFront}'s limits: at most {@link
 * HttpFront#MAX_HEAD_BYTES} of request line and headers, at most {@link HttpFront#MAX_BODY_BYTES}
 * of body ({@code Content-Length} or chunked), all of it within the request timeout. A request
 * outside them is {@link Rejected} with the status to answer.
 */
final class RequestReader {
  /** A request that gets an error answer instead of reaching the gateway. */
  static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    Rejected(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[01]");

  private final InputStream in;
  private final OutputStream out;
  private final Duration timeout;
  private final long idleDeadlineNanos;
  private long deadlineNanos;
  private int headBytes;
  private boolean started;
  private boolean keepAlive;

  /**
   * @param timeout how long the request may take from its first byte to its last
   * @param idle how long the connection may wait for a request's first byte
   * @param in a socket stream whose reads time out after a short tick, so deadlines are checked
   */
  RequestReader(InputStream in, OutputStream out, Duration timeout, Duration idle) {
    this.in = in;
    this.out = out;
    this.timeout = timeout;
    this.idleDeadlineNanos = System.nanoTime() + idle.toNanos();
  }

  /** Whether any byte of this request arrived (a timeout before that is an idle connection). */
  boolean started() {
    return started;
  }

  boolean keepAlive() {
    return keepAlive;
  }

  /** The request, or {@code null} when the connection ended before one began. */
  IncomingRequest read(String sourceIp) throws IOException, Rejected {
    String line = line(true);
    while (line != null && line.isEmpty()) {
      line = line(true); // RFC 9112 2.2: ignore empty lines before a request line
    }
    if (line == null) {
      return null;
    }
    String[] parts = line.split(" ", -1);
    if (parts.length != 3
        || !TOKEN.matcher(parts[0]).matches()
        || !VERSION.matcher(parts[2]).matches()) {
      throw new Rejected(400, "Bad Request");
    }
    String target = originForm(parts[1]);
    Map<String, List<String>> headers = headers();
    String connection = first(headers, "connection").toLowerCase(Locale.ROOT);
    keepAlive =
        parts[2].equals("HTTP/1.1")
            ? !connection.contains("close")
            : connection.contains("keep-alive");
    byte[] body = body(headers);
    int q = target.indexOf('?');
    return new IncomingRequest(
        parts[0],
        q < 0 ? target : target.substring(0, q),
        q < 0 ? null : target.substring(q + 1),
        headers,
        body,
        sourceIp,
        parts[2]);
  }

  private static String originForm(String target) throws Rejected {
    String t = target;
    if (t.startsWith("http://") || t.startsWith("https://")) {
      int slash = t.indexOf('/', t.indexOf("//") + 2);
      t = slash < 0 ? "/" : t.substring(slash);
    }
    if (!t.startsWith("/") || t.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new Rejected(400, "Bad Request");
    }
    int hash = t.indexOf('#');
    return hash < 0 ? t : t.substring(0, hash);
  }

  private Map<String, List<String>> headers() throws IOException, Rejected {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line; !(line = line(false)).isEmpty(); ) {
      int colon = line.indexOf(':');
      if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
        throw new Rejected(400, "Bad Request"); // also obsolete line folding (RFC 9112 5.2)
      }
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      headers.computeIfAbsent(canonical(headers, name), k -> new ArrayList<>()).add(value);
    }
    return headers;
  }

  private byte[] body(Map<String, List<String>> headers) throws IOException, Rejected {
    String encoding = first(headers, "transfer-encoding").toLowerCase(Locale.ROOT);
    String length = first(headers, "content-length");
    boolean chunked = encoding.endsWith("chunked");
    if (!encoding.isEmpty() && !chunked) {
      throw new Rejected(400, "Bad Request");
    }
    long declared = 0;
    if (!chunked && !length.isEmpty()) {
      if (!length.matches("[0-9]{1,12}")
          || all(headers, "content-length").stream().distinct().count() > 1) {
        throw new Rejected(400, "Bad Request");
      }
      declared = Long.parseLong(length);
      if (declared > HttpFront.MAX_BODY_BYTES) {
        throw new Rejected(413, "Request Entity Too Large");
      }
    }
    if ((chunked || declared > 0) && first(headers, "expect").equalsIgnoreCase("100-continue")) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }
    return chunked ? chunks() : exactly((int) declared);
  }

  private byte[] chunks() throws IOException, Rejected {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(false).split(";", 2)[0].strip();
      if (!size.matches("[0-9A-Fa-f]{1,8}")) {
        throw new Rejected(400, "Bad Request");
      }
      int n = Integer.parseInt(size, 16);
      if (body.size() + (long) n > HttpFront.MAX_BODY_BYTES) {
        throw new Rejected(413, "Request Entity Too Large");
      }
      if (n == 0) {
        while (!line(false).isEmpty()) {
          // trailer fields: read and dropped
        }
        return body.toByteArray();
      }
      body.writeBytes(exactly(n));
      if (!line(false).isEmpty()) {
        throw new Rejected(400, "Bad Request");
      }
    }
  }

  private byte[] exactly(int n) throws IOException, Rejected {
    byte[] bytes = new byte[n];
    for (int off = 0; off < n; ) {
      int r = read(bytes, off, Math.min(n - off, 64 * 1024));
      if (r < 0) {
        throw new Rejected(400, "Bad Request");
      }
      off += r;
    }
    return bytes;
  }

  /** One CRLF-terminated line of the head; {@code null} at a clean end before a request. */
  private String line(boolean requestLine) throws IOException, Rejected {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
    while (true) {
      int b = read(null, 0, 1);
      if (b < 0) {
        if (!started && requestLine) {
          return null;
        }
        throw new Rejected(400, "Bad Request");
      }
      if (!started) {
        started = true;
        deadlineNanos = System.nanoTime() + timeout.toNanos();
      }
      if (++headBytes > HttpFront.MAX_HEAD_BYTES) {
        throw requestLine
            ? new Rejected(414, "Request-URI Too Long")
            : new Rejected(431, "Request Header Fields Too Large");
      }
      if (b == '\n') {
        String text = bytes.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      bytes.write(b);
    }
  }

  /**
   * One read ({@code into == null}: one byte, returned), waiting across read ticks: until the
   * request's deadline once it started (then 408), until the idle deadline before (then the {@link
   * SocketTimeoutException} that closes an idle connection).
   */
  private int read(byte[] into, int off, int len) throws IOException, Rejected {
    while (true) {
      try {
        return into == null ? in.read() : in.read(into, off, len);
      } catch (SocketTimeoutException tick) {
        long now = System.nanoTime();
        if (started && now > deadlineNanos) {
          throw new Rejected(408, "Request Timeout");
        }
        if (!started && now > idleDeadlineNanos) {
          throw tick;
        }
      }
    }
  }

  private static String canonical(Map<String, List<String>> headers, String name) {
    for (String existing : headers.keySet()) {
      if (existing.equalsIgnoreCase(name)) {
        return existing;
      }
    }
    return name;
  }

  private static List<String> all(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach((k, v) -> {
      if (k.equalsIgnoreCase(name)) {
        values.addAll(v);
      }
    });
    return values;
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = all(headers, name);
    return values.isEmpty() ? "" : values.get(0);
  }
}
