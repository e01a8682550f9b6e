package io.scimgate.testing.jar;

import io.scimgate.app.Components;
import io.scimgate.store.dynamo.Dynamo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Runs in a JVM whose classpath is one function jar plus this class alone (see {@link
 * FunctionJarAudit}): every DynamoDB and Secrets Manager operation the service makes, through the
 * SDK classes the jar ships, with clients built the way the service builds them, and the default
 * endpoint resolution Lambda relies on (no endpoint configured there). Prints {@code PASS <step>}
 * or {@code FAIL <step>: <error>} per step; exits 1 when a step failed. Deliberately one class with
 * no nested classes, so copying {@code JarProbe.class} is copying all of it.
 */
public final class JarProbe implements ExecutionInterceptor {
  private static final String PK = "T#probe#ITEMS";
  private static int failures;
  private volatile String host;

  private JarProbe() {}

  /** Records where the SDK would send a request, then stops it: no network needed. */
  @Override
  public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attrs) {
    host = context.httpRequest().host();
    throw new IllegalStateException("probe: request not sent");
  }

  /** No argument: the operations; {@code default-endpoints}: endpoint resolution only. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("default-endpoints")) {
      defaultEndpoints(System.getenv("TABLE_NAME"));
      System.exit(failures == 0 ? 0 : 1);
    }
    Dynamo dynamo = Components.fromEnvironment().dynamo();
    DynamoDbClient db = dynamo.client();
    String table = dynamo.table();
    // Steps that succeed stay correct when the SDK retries them (a slow first answer on a busy
    // machine): the conditional paths are the steps that must fail, on every attempt.
    step("PutItem", () -> db.putItem(r -> r.tableName(table).item(item("a", "x"))));
    step(
        "PutItem ConditionalCheckFailed",
        () ->
            expectConditionFailed(() ->
                db.putItem(r ->
                    r.tableName(table)
                        .item(item("a", "x"))
                        .conditionExpression("attribute_not_exists(pk)"))));
    step(
        "GetItem",
        () ->
            expect(
                db.getItem(r -> r.tableName(table).key(key("a")).consistentRead(true))
                    .item()
                    .get("v")
                    .s(),
                "x"));
    step(
        "UpdateItem",
        () ->
            expect(
                db.updateItem(r ->
                        r.tableName(table)
                            .key(key("a"))
                            .updateExpression("SET v = :v ADD n :one")
                            .conditionExpression("attribute_exists(pk)")
                            .expressionAttributeValues(
                                Map.of(":v", s("y"), ":one", AttributeValue.fromN("1")))
                            .returnValues("ALL_NEW"))
                    .attributes()
                    .get("v")
                    .s(),
                "y"));
    step(
        "BatchWriteItem",
        () ->
            db.batchWriteItem(r ->
                r.requestItems(
                    Map.of(
                        table,
                        List.of(
                            WriteRequest.builder().putRequest(p -> p.item(item("b", "x"))).build(),
                            WriteRequest.builder()
                                .putRequest(p -> p.item(item("c", "x")))
                                .build())))));
    step(
        "BatchGetItem",
        () ->
            expect(
                db.batchGetItem(r ->
                        r.requestItems(
                            Map.of(
                                table,
                                KeysAndAttributes.builder()
                                    .keys(List.of(key("a"), key("b"), key("c")))
                                    .consistentRead(true)
                                    .build())))
                    .responses()
                    .get(table)
                    .size(),
                3));
    step(
        "Query (table, paged)",
        () -> {
          var first =
              db.query(r ->
                  r.tableName(table)
                      .keyConditionExpression("pk = :pk")
                      .expressionAttributeValues(Map.of(":pk", s(PK)))
                      .limit(2)
                      .consistentRead(true));
          var rest =
              db.query(r ->
                  r.tableName(table)
                      .keyConditionExpression("pk = :pk")
                      .expressionAttributeValues(Map.of(":pk", s(PK)))
                      .exclusiveStartKey(first.lastEvaluatedKey())
                      .consistentRead(true));
          return expect(first.count() + rest.count(), 3);
        });
    step(
        "Query gsi1",
        () ->
            expect(
                db.query(r ->
                        r.tableName(table)
                            .indexName("gsi1")
                            .keyConditionExpression("gsi1pk = :g AND begins_with(gsi1sk, :p)")
                            .expressionAttributeValues(
                                Map.of(":g", s("T#probe#IDX"), ":p", s("b"))))
                    .count(),
                1));
    step(
        "TransactWriteItems",
        () ->
            db.transactWriteItems(r ->
                r.transactItems(
                    TransactWriteItem.builder()
                        .put(p ->
                            p.tableName(table)
                                .item(item("d", "x"))
                                .conditionExpression("attribute_not_exists(pk)"))
                        .build(),
                    TransactWriteItem.builder()
                        .update(u ->
                            u.tableName(table)
                                .key(key("b"))
                                .updateExpression("SET v = :v")
                                .expressionAttributeValues(Map.of(":v", s("z")))
                                .conditionExpression("attribute_exists(pk)"))
                        .build(),
                    TransactWriteItem.builder()
                        .conditionCheck(c ->
                            c.tableName(table)
                                .key(key("a"))
                                .conditionExpression("v = :v")
                                .expressionAttributeValues(Map.of(":v", s("y"))))
                        .build(),
                    TransactWriteItem.builder()
                        .delete(d ->
                            d.tableName(table)
                                .key(key("c"))
                                .conditionExpression("attribute_exists(pk)"))
                        .build())));
    step(
        "TransactWriteItems ConditionalCheckFailed",
        () -> {
          try {
            db.transactWriteItems(r ->
                r.transactItems(
                    TransactWriteItem.builder()
                        .put(p -> p.tableName(table).item(item("e", "x")))
                        .build(),
                    TransactWriteItem.builder()
                        .conditionCheck(c ->
                            c.tableName(table)
                                .key(key("a"))
                                .conditionExpression("attribute_not_exists(pk)")
                                .returnValuesOnConditionCheckFailure("ALL_OLD"))
                        .build()));
            throw new AssertionError("the transaction went through");
          } catch (TransactionCanceledException e) {
            List<String> codes = new ArrayList<>();
            e.cancellationReasons().stream().map(CancellationReason::code).forEach(codes::add);
            expect(codes, List.of("None", "ConditionalCheckFailed"));
            return expect(e.cancellationReasons().get(1).item().get("v").s(), "y");
          }
        });
    step(
        "DeleteItem",
        () -> {
          db.deleteItem(r -> r.tableName(table).key(key("d")).returnValues("ALL_OLD"));
          return expect(
              db.getItem(r -> r.tableName(table).key(key("d")).consistentRead(true))
                  .item()
                  .isEmpty(),
              true);
        });
    step(
        "DeleteItem ConditionalCheckFailed",
        () ->
            expectConditionFailed(() ->
                db.deleteItem(r ->
                    r.tableName(table)
                        .key(key("e"))
                        .conditionExpression("v = :v")
                        .expressionAttributeValues(Map.of(":v", s("no"))))));
    step(
        "GetSecretValue",
        () -> {
          // Built like Components.fromEnvironment's client: URLConnection, endpoint from the env.
          try (SecretsManagerClient secrets =
              SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            String value =
                secrets
                    .getSecretValue(r -> r.secretId(System.getenv("PEPPER_SECRET_ID")))
                    .secretString();
            return expect(value.isEmpty(), false);
          }
        });
    System.exit(failures == 0 ? 0 : 1);
  }

  /**
   * Run without {@code AWS_ENDPOINT_URL_*}, as in Lambda: the SDK resolves the endpoint from the
   * region (endpoint rules, partition data). The request is stopped before it leaves the JVM.
   */
  private static void defaultEndpoints(String table) {
    step(
        "Default endpoint DynamoDB TransactWriteItems",
        () -> {
          JarProbe stop = new JarProbe();
          try (DynamoDbClient aws =
              DynamoDbClient.builder()
                  .httpClient(UrlConnectionHttpClient.create())
                  .overrideConfiguration(c -> c.addExecutionInterceptor(stop))
                  .build()) {
            stopped(() ->
                aws.transactWriteItems(r ->
                    r.transactItems(
                        TransactWriteItem.builder()
                            .conditionCheck(c ->
                                c.tableName(table)
                                    .key(key("a"))
                                    .conditionExpression("attribute_exists(pk)"))
                            .build())));
          }
          return expect(stop.host, "dynamodb." + System.getenv("AWS_REGION") + ".amazonaws.com");
        });
    step(
        "Default endpoint Secrets Manager",
        () -> {
          JarProbe stop = new JarProbe();
          try (SecretsManagerClient aws =
              SecretsManagerClient.builder()
                  .httpClient(UrlConnectionHttpClient.create())
                  .overrideConfiguration(c -> c.addExecutionInterceptor(stop))
                  .build()) {
            stopped(() -> aws.getSecretValue(r -> r.secretId("any")));
          }
          return expect(
              stop.host, "secretsmanager." + System.getenv("AWS_REGION") + ".amazonaws.com");
        });
  }

  private static void step(String name, Callable<?> body) {
    try {
      body.call();
      System.out.println("PASS " + name);
    } catch (Throwable e) {
      failures++;
      System.out.println("FAIL " + name + ": " + e);
      e.printStackTrace(System.out);
    }
  }

  /** Runs a call that {@link #beforeTransmission} stops; any other failure propagates. */
  private static void stopped(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if ("probe: request not sent".equals(t.getMessage())) {
          return;
        }
      }
      throw e;
    }
  }

  private static Object expectConditionFailed(Callable<?> call) throws Exception {
    try {
      call.call();
    } catch (ConditionalCheckFailedException expected) {
      return expected;
    }
    throw new AssertionError("no ConditionalCheckFailedException");
  }

  private static Object expect(Object actual, Object expected) {
    if (!expected.equals(actual)) {
      throw new AssertionError("expected " + expected + ", got " + actual);
    }
    return actual;
  }

  private static Map<String, AttributeValue> key(String sk) {
    return Map.of("pk", s(PK), "sk", s(sk));
  }

  private static Map<String, AttributeValue> item(String sk, String value) {
    return Map.of(
        "pk", s(PK), "sk", s(sk), "gsi1pk", s("T#probe#IDX"), "gsi1sk", s(sk), "v", s(value));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
