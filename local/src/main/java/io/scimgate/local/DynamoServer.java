package io.scimgate.local;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local as an HTTP server inside the runner's JVM, on a free loopback port, with one
 * database file ({@code -sharedDb}) in the data directory. The sandboxes reach it through {@code
 * AWS_ENDPOINT_URL_DYNAMODB}; the runner itself through {@link #client()}.
 */
final class DynamoServer implements AutoCloseable {
  /** {@code -sharedDb}: one file for every credential and region. */
  static final String DATABASE_FILE = "shared-local-instance.db";

  private final DynamoDBProxyServer server;
  private final int port;
  private final DynamoDbClient client;

  private DynamoServer(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.port = port;
    this.client =
        DynamoDbClient.builder()
            .endpointOverride(URI.create(endpoint()))
            .region(Region.of(SandboxEnvironment.REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  static DynamoServer start(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    int port = freePort();
    try {
      DynamoDBProxyServer server =
          ServerRunner.createServerFromCommandLineArgs(
              new String[] {
                "-port",
                Integer.toString(port),
                "-dbPath",
                dataDir.toAbsolutePath().toString(),
                "-sharedDb",
                "-disableTelemetry"
              });
      loopbackOnly(server);
      server.start();
      return new DynamoServer(server, port);
    } catch (Exception e) {
      throw new IOException("DynamoDB Local did not start on port " + port + ": " + e, e);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + port;
  }

  DynamoDbClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    try {
      server.stop();
    } catch (Exception e) {
      System.err.println("local runner: DynamoDB Local did not stop cleanly: " + e);
    }
  }

  /**
   * DynamoDB Local listens on every interface and has no option for it; its Jetty connector is told
   * to bind the loopback address before it starts (the runner's data is nobody else's).
   */
  private static void loopbackOnly(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    for (Connector connector : jetty.getConnectors()) {
      if (connector instanceof ServerConnector network) {
        network.setHost(InetAddress.getLoopbackAddress().getHostAddress());
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
