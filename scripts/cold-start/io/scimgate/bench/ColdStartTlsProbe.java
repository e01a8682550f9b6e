package io.scimgate.bench;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * What the first TLS handshake costs a fresh JVM before any byte is sent: CPU (all threads) to
 * create the default context, then to write a first and a second ClientHello into a buffer. The
 * cold-start runs use plain HTTP on loopback, so this is the part of a Lambda's first HTTPS call
 * they cannot show; SnapStartPriming writes one ClientHello before the snapshot.
 */
public final class ColdStartTlsProbe {
  private ColdStartTlsProbe() {}

  public static void main(String[] args) throws Exception {
    long c0 = cpu();
    SSLContext context = SSLContext.getDefault();
    long c1 = cpu();
    clientHello(context);
    long c2 = cpu();
    clientHello(context);
    long c3 = cpu();
    System.out.printf(Locale.ROOT, "tls_context_cpu_ms=%.1f first_client_hello_cpu_ms=%.1f second_client_hello_cpu_ms=%.1f%n",
        (c1 - c0) / 1e6, (c2 - c1) / 1e6, (c3 - c2) / 1e6);
  }

  private static void clientHello(SSLContext context) throws Exception {
    SSLEngine engine = context.createSSLEngine("dynamodb.us-east-1.amazonaws.com", 443);
    engine.setUseClientMode(true);
    engine.beginHandshake();
    engine.wrap(ByteBuffer.allocate(0), ByteBuffer.allocate(engine.getSession().getPacketBufferSize()));
    engine.closeOutbound();
  }

  private static long cpu() throws Exception {
    long sum = 0;
    try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          String stat = Files.readString(task.resolve("schedstat"));
          sum += Long.parseLong(stat.substring(0, stat.indexOf(' ')));
        } catch (java.io.IOException | RuntimeException threadGone) {
          // A thread that ended between listing and reading.
        }
      }
    }
    return sum;
  }
}
