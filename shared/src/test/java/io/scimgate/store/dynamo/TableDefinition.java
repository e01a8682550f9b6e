package io.scimgate.store.dynamo;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;

/**
 * Creates a table from the CloudFormation {@code AWS::DynamoDB::Table} properties in {@code
 * template.yaml}, so DynamoDB Local runs the exact key design that AWS runs.
 */
public final class TableDefinition {
  private TableDefinition() {}

  public static CreateTableRequest fromTemplate(String tableName, Map<String, Object> properties) {
    return fromTemplate(tableName, properties, false);
  }

  /**
   * As {@link #fromTemplate(String, Map)}; with {@code withStream}, also the template's
   * StreamSpecification. Off by default: DynamoDB Local keeps stream records in SQLite and every
   * write then costs a stream-description lookup, which slows a long test run down to a crawl; only
   * the tests of the stream delivery need the stream.
   */
  public static CreateTableRequest fromTemplate(
      String tableName, Map<String, Object> properties, boolean withStream) {
    return CreateTableRequest.builder()
        .tableName(tableName)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            list(properties.get("AttributeDefinitions")).stream()
                .map(a ->
                    AttributeDefinition.builder()
                        .attributeName((String) a.get("AttributeName"))
                        .attributeType((String) a.get("AttributeType"))
                        .build())
                .toList())
        .keySchema(keys(properties.get("KeySchema")))
        .globalSecondaryIndexes(
            list(properties.get("GlobalSecondaryIndexes")).stream()
                .map(g ->
                    GlobalSecondaryIndex.builder()
                        .indexName((String) g.get("IndexName"))
                        .keySchema(keys(g.get("KeySchema")))
                        .projection(
                            Projection.builder()
                                .projectionType(
                                    (String) map(g.get("Projection")).get("ProjectionType"))
                                .build())
                        .build())
                .toList())
        .streamSpecification(withStream ? stream(properties.get("StreamSpecification")) : null)
        .build();
  }

  /** The table's change stream (the EventBridge delivery reads it), when the template has one. */
  private static StreamSpecification stream(Object value) {
    if (value == null) {
      return null;
    }
    return StreamSpecification.builder()
        .streamEnabled(true)
        .streamViewType((String) map(value).get("StreamViewType"))
        .build();
  }

  /** Creates the table unless it exists already. */
  public static void ensure(
      DynamoDbClient client, String tableName, Map<String, Object> properties) {
    ensure(client, tableName, properties, false);
  }

  /** As {@link #ensure(DynamoDbClient, String, Map)}, with the template's stream when asked. */
  public static void ensure(
      DynamoDbClient client, String tableName, Map<String, Object> properties, boolean withStream) {
    try {
      client.createTable(fromTemplate(tableName, properties, withStream));
    } catch (ResourceInUseException alreadyThere) {
      // Created by an earlier run over the same data directory.
    }
  }

  private static List<KeySchemaElement> keys(Object value) {
    return list(value).stream()
        .map(k ->
            KeySchemaElement.builder()
                .attributeName((String) k.get("AttributeName"))
                .keyType((String) k.get("KeyType"))
                .build())
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }
}
