package io.scimgate.testing;

import io.scimgate.app.SdkClients;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.TableDefinition;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local over HTTP (one server per JVM, on a free 127.0.0.1 port), reached through the
 * service's own SDK configuration ({@link SdkClients}) with a {@link FaultyHttpClient} in the HTTP
 * slot: the whole client stack runs, and faults enter where the network would fail.
 */
public final class FaultyDynamo {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static URI endpoint;
  private static Map<String, Object> tableProperties;

  public final FaultyHttpClient http;
  public final Dynamo dynamo;

  private FaultyDynamo(FaultyHttpClient http, Dynamo dynamo) {
    this.http = http;
    this.dynamo = dynamo;
  }

  /** A fresh table shaped like the template's, no faults yet. */
  public static FaultyDynamo freshTable() {
    URI at = start();
    FaultyHttpClient http = new FaultyHttpClient(UrlConnectionHttpClient.create());
    var client =
        SdkClients.dynamo(http)
            .endpointOverride(at)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
            .build();
    String name = "faulty-" + TABLES.incrementAndGet();
    // Set-up is no part of the test: created without the service's 2 s attempt timeout, which a
    // CreateTable on a loaded machine can exceed.
    try (var setup =
        software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(at)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
            .build()) {
      TableDefinition.ensure(setup, name, tableProperties);
    }
    return new FaultyDynamo(http, new Dynamo(client, name));
  }

  private static synchronized URI start() {
    if (endpoint == null) {
      try {
        int port = MotoServer.freePort();
        DynamoDBProxyServer server =
            ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
        server.start();
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(() -> {
                  try {
                    server.stop();
                  } catch (Exception ignored) {
                    // The JVM is exiting.
                  }
                }));
        tableProperties = TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties();
        endpoint = URI.create("http://127.0.0.1:" + port);
      } catch (Exception e) {
        throw new IllegalStateException("cannot start DynamoDB Local over HTTP", e);
      }
    }
    return endpoint;
  }
}
