package io.scimgate.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output captured for the length of a try block (log lines go there). */
public final class CapturedStdout implements AutoCloseable {
  private final PrintStream original = System.out;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  public CapturedStdout() {
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  public String text() {
    System.out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setOut(original);
  }
}
