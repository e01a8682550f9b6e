package io.scimgate.testing;

import io.scimgate.deploy.TemplateFile;
import io.scimgate.observe.DynamoMeter;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.TableDefinition;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local as an HTTP server on a free loopback port, reached by a real SDK client built as
 * {@code Components.fromEnvironment()} builds it (URLConnection client, {@link DynamoMeter}): for
 * tests that need the SDK pipeline (interceptors, consumed capacity, latency over a socket).
 */
public final class LocalDynamoServer {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static DynamoDBProxyServer server;
  private static URI endpoint;

  private LocalDynamoServer() {}

  /** A new, empty table shaped like the template's. */
  public static synchronized Dynamo freshTable() throws Exception {
    if (server == null) {
      int port = MotoServer.freePort();
      server =
          ServerRunner.createServerFromCommandLineArgs(
              new String[] {"-inMemory", "-port", Integer.toString(port)});
      server.start();
      endpoint = URI.create("http://127.0.0.1:" + port);
      Runtime.getRuntime().addShutdownHook(new Thread(LocalDynamoServer::stop));
    }
    DynamoDbClient client =
        DynamoDbClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .httpClient(UrlConnectionHttpClient.create())
            .overrideConfiguration(o -> o.addExecutionInterceptor(new DynamoMeter()))
            .build();
    String name = "scim-http-" + TABLES.incrementAndGet();
    TableDefinition.ensure(
        client, name, TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties());
    return new Dynamo(client, name);
  }

  private static void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      // JVM exit.
    }
  }
}
