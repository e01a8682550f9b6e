package io.scimgate.functions.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.feed.StreamDelivery;
import io.scimgate.feed.StreamRecords;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Lambda entry point of the DynamoDB Streams event source: the change-feed events of a batch to the
 * EventBridge bus ({@code EVENT_BUS_NAME}), poison records to the dead-letter queue ({@code
 * DEAD_LETTER_QUEUE_URL}), and {@code batchItemFailures} naming the first record that could not be
 * delivered (docs/events.md).
 */
public final class StreamHandler implements RequestStreamHandler {
  private final StreamDelivery delivery;

  public StreamHandler() {
    this(
        EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
        System.getenv("EVENT_BUS_NAME"),
        System.getenv("DEAD_LETTER_QUEUE_URL"));
  }

  public StreamHandler(
      EventBridgeClient events, SqsClient sqs, String busName, String deadLetterQueueUrl) {
    this.delivery =
        new StreamDelivery(
            new EventBridgeBus(events, busName), new SqsDeadLetters(sqs, deadLetterQueueUrl));
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    String failed = delivery.deliver(StreamRecords.of(Json.MAPPER.readTree(input)));
    ObjectNode response = Json.object();
    var failures = response.putArray("batchItemFailures");
    if (failed != null) {
      failures.addObject().put("itemIdentifier", failed);
    }
    output.write(Json.write(response).getBytes(StandardCharsets.UTF_8));
  }
}
