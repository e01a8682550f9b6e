package io.scimgate.functions.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.MotoServer;
import io.scimgate.testing.StreamEvents;
import io.scimgate.testing.TestTenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.Target;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The real stream records of DynamoDB Local, handed to the handler as Lambda's event source mapping
 * would, into EventBridge on moto_server; a rule forwards the bus to an SQS queue where the test
 * reads what a consumer would receive.
 */
class StreamHandlerIT {
  private static MotoServer moto;
  private static EventBridgeClient events;
  private static SqsClient sqs;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
    var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    events =
        EventBridgeClient.builder()
            .endpointOverride(moto.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(creds)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    sqs =
        SqsClient.builder()
            .endpointOverride(moto.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(creds)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
  }

  private record Setup(String bus, String consumer, String deadLetters) {}

  private static Setup bus(String name) {
    events.createEventBus(r -> r.name(name));
    String consumer = sqs.createQueue(r -> r.queueName(name + "-consumer")).queueUrl();
    String arn =
        sqs.getQueueAttributes(
                r -> r.queueUrl(consumer).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    events.putRule(
        r -> r.name(name + "-all").eventBusName(name).eventPattern("{\"source\":[\"scimgate\"]}"));
    events.putTargets(r ->
        r.rule(name + "-all")
            .eventBusName(name)
            .targets(Target.builder().id("q").arn(arn).build()));
    String dlq = sqs.createQueue(r -> r.queueName(name + "-dlq")).queueUrl();
    return new Setup(name, consumer, dlq);
  }

  @Test
  void streamRecords_reachTheBus_inOrder_andRedeliveryKeepsIds() throws Exception {
    Setup setup = bus("feed-order");
    TestTenant acme = TestTenant.withStream("acme");
    new DynamoTenantStore(acme.dynamo).create("acme", Instant.now());
    DynamoUserStore users = new DynamoUserStore(acme.dynamo);
    var ada = users.create("acme", "u-ada", user("ada"));
    var doc = ada.document().deepCopy().put("displayName", "Ada L.");
    users.replace("acme", "u-ada", 1, doc);
    users.create("acme", "u-bob", user("bob"));
    new DynamoGroupStore(acme.dynamo)
        .create("acme", "g1", Json.object().put("displayName", "Sales"), List.of("u-ada", "u-bob"));
    ObjectNode batch = lambdaEvent(acme);

    JsonNode response = invoke(setup, batch);
    assertEquals(0, response.get("batchItemFailures").size(), response.toString());
    List<JsonNode> first = received(setup.consumer(), 6);
    assertEquals(
        List.of(
            "user.created",
            "user.updated",
            "user.created",
            "group.created",
            "membership.added",
            "membership.added"),
        first.stream().map(m -> m.get("detail-type").asText()).toList());
    JsonNode created = first.get(0);
    assertEquals("scimgate", created.get("source").asText());
    assertEquals("u-ada", created.at("/detail/data/user/id").asText());
    assertEquals("acme", created.at("/detail/tenantId").asText());

    invoke(setup, batch); // Lambda redelivers the same batch after a timeout
    List<JsonNode> again = received(setup.consumer(), 6);
    assertEquals(ids(first), ids(again), "a redelivered event keeps its id");
  }

  @Test
  void poisonRecord_goesToTheDeadLetterQueue_andTheRestIsDelivered() throws Exception {
    Setup setup = bus("feed-poison");
    TestTenant acme = TestTenant.withStream("acme");
    new DynamoTenantStore(acme.dynamo).create("acme", Instant.now());
    DynamoUserStore users = new DynamoUserStore(acme.dynamo);
    users.create("acme", "u-1", user("one"));
    users.create("acme", "u-2", user("two"));
    ObjectNode batch = lambdaEvent(acme);
    ObjectNode poisoned =
        (ObjectNode) batch.get("Records").get(0).get("dynamodb").get("NewImage").get("event");
    poisoned.put("S", "{\"this is\": \"not an event\"");

    JsonNode response = invoke(setup, batch);

    assertEquals(0, response.get("batchItemFailures").size());
    List<JsonNode> delivered = received(setup.consumer(), 1);
    assertEquals("u-2", delivered.get(0).at("/detail/data/user/id").asText());
    List<Message> parked =
        sqs.receiveMessage(
                r -> r.queueUrl(setup.deadLetters()).maxNumberOfMessages(10).waitTimeSeconds(2))
            .messages();
    assertEquals(1, parked.size());
    JsonNode body = Json.parse(parked.get(0).body());
    assertEquals("not a change-feed event", body.get("reason").asText());
    assertTrue(body.at("/record/dynamodb/SequenceNumber").isTextual());
  }

  /** What the template's TableStream mapping delivers: the inserts of change-feed events. */
  private static ObjectNode lambdaEvent(TestTenant tenant) {
    assertTrue(
        StreamEvents.records(tenant.dynamo).size() > 3, "the table has a stream with records");
    return StreamEvents.delivered(tenant.dynamo, "StreamFunction", "TableStream");
  }

  private static JsonNode invoke(Setup setup, ObjectNode batch) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StreamHandler(events, sqs, setup.bus(), setup.deadLetters())
        .handleRequest(
            new ByteArrayInputStream(Json.write(batch).getBytes(StandardCharsets.UTF_8)),
            out,
            null);
    return Json.parse(out.toString(StandardCharsets.UTF_8));
  }

  /** Exactly {@code count} messages from the consumer queue (deleted once read). */
  private static List<JsonNode> received(String queue, int count) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (int round = 0; round < 10 && out.size() < count; round++) {
      for (Message m :
          sqs.receiveMessage(r -> r.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
              .messages()) {
        out.add(Json.parse(m.body()));
        sqs.deleteMessage(r -> r.queueUrl(queue).receiptHandle(m.receiptHandle()));
      }
    }
    assertEquals(count, out.size(), "messages on the consumer queue: " + out);
    return out;
  }

  private static List<String> ids(List<JsonNode> messages) {
    return messages.stream().map(m -> m.at("/detail/id").asText()).toList();
  }

  private static ObjectNode user(String name) {
    ObjectNode user = Json.object().put("userName", name + "@acme.test").put("active", true);
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    return user;
  }
}
