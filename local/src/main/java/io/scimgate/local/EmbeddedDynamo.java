package io.scimgate.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * DynamoDB Local in-process, persisting to one SQLite file in the data directory. Embedded mode
 * takes a database file ({@link DynamoDBEmbedded#create(java.io.File, Boolean)}), so no HTTP
 * server, port or SDK endpoint override is needed. {@link #close()} must run, or the JVM does not
 * exit.
 */
final class EmbeddedDynamo implements AutoCloseable {
  static final String DATABASE_FILE = "dynamodb-local.db";

  private final AmazonDynamoDBLocal local;
  private final DynamoDbClient client;

  private EmbeddedDynamo(AmazonDynamoDBLocal local) {
    this.local = local;
    this.client = local.dynamoDbClient();
  }

  static EmbeddedDynamo open(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    // true: no telemetry (this machine reaches no network beyond the package registries).
    return new EmbeddedDynamo(
        DynamoDBEmbedded.create(dataDir.resolve(DATABASE_FILE).toFile(), true));
  }

  DynamoDbClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    local.shutdown();
  }
}
