package io.scimgate.testing;

import io.scimgate.deploy.TemplateFile;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.TableDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;
import software.amazon.dynamodb.services.local.shared.access.AmazonDynamoDBLocal;

/**
 * DynamoDB Local (AWS's own emulator) in-process, with tables created from template.yaml's
 * definition. One embedded instance per JVM; each test class gets a fresh table.
 */
public final class LocalDynamo {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static AmazonDynamoDBLocal embedded;
  private static Map<String, Object> tableProperties;

  private LocalDynamo() {}

  /** The embedded instance's DynamoDB Streams client (tables have the template's stream). */
  public static synchronized software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient
      streams() {
    if (embedded == null) {
      freshTable();
    }
    return embedded.dynamoDbStreamsClient();
  }

  /** A new, empty table shaped like the template's. */
  public static Dynamo freshTable() {
    return freshTable(false);
  }

  /** As {@link #freshTable()}, with the template's change stream (see {@link #streams()}). */
  public static Dynamo freshTableWithStream() {
    return freshTable(true);
  }

  private static synchronized Dynamo freshTable(boolean withStream) {
    if (embedded == null) {
      embedded = DynamoDBEmbedded.create(true);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> embedded.shutdown()));
      try {
        tableProperties = TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String name = "scim-test-" + TABLES.incrementAndGet();
    var client = embedded.dynamoDbClient();
    TableDefinition.ensure(client, name, tableProperties, withStream);
    return new Dynamo(client, name);
  }
}
