package io.scimgate.functions.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.feed.StreamDelivery;
import io.scimgate.json.Json;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Parks a poison stream record, with the reason, in the delivery's SQS dead-letter queue. */
final class SqsDeadLetters implements StreamDelivery.DeadLetters {
  private final SqsClient client;
  private final String queueUrl;

  SqsDeadLetters(SqsClient client, String queueUrl) {
    this.client = client;
    this.queueUrl = queueUrl;
  }

  @Override
  public void park(JsonNode rawRecord, String reason) {
    ObjectNode body = Json.object();
    body.put("reason", reason);
    body.set("record", rawRecord);
    client.sendMessage(r -> r.queueUrl(queueUrl).messageBody(Json.write(body)));
  }
}
