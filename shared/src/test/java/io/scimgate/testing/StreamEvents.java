package io.scimgate.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Dynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The real stream records DynamoDB Local keeps for a table, read from the start with the DynamoDB
 * Streams API and rendered as the JSON event Lambda's event source mapping hands a function ({@code
 * {"Records":[…]}}), so a handler (or its jar) can be invoked with them.
 */
public final class StreamEvents {
  private StreamEvents() {}

  /** The ARN of the table's stream. */
  public static String streamArn(Dynamo dynamo) {
    return dynamo
        .client()
        .describeTable(r -> r.tableName(dynamo.table()))
        .table()
        .latestStreamArn();
  }

  /**
   * Lambda's event for the records so far that the {@code FilterCriteria} of {@code function}'s
   * event {@code event} in template.yaml passes: what that event source mapping would deliver.
   */
  public static ObjectNode delivered(Dynamo dynamo, String function, String event) {
    String pattern;
    try {
      pattern = TemplateFile.read(TemplateFile.locate(Path.of(""))).filterPattern(function, event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode all = lambdaEvent(records(dynamo), streamArn(dynamo));
    ObjectNode kept = Json.object();
    ArrayNode list = kept.putArray("Records");
    all.path("Records")
        .forEach(r -> {
          if (EventPatterns.matches(pattern, r)) {
            list.add(r);
          }
        });
    return kept;
  }

  /** Every record of the table's stream so far, in order per shard. */
  public static List<Record> records(Dynamo dynamo) {
    DynamoDbStreamsClient streams = LocalDynamo.streams();
    String arn = streamArn(dynamo);
    List<Record> out = new ArrayList<>();
    for (Shard shard : streams.describeStream(r -> r.streamArn(arn)).streamDescription().shards()) {
      String iterator =
          streams
              .getShardIterator(r ->
                  r.streamArn(arn)
                      .shardId(shard.shardId())
                      .shardIteratorType(ShardIteratorType.TRIM_HORIZON))
              .shardIterator();
      while (iterator != null) {
        String from = iterator;
        var page = streams.getRecords(r -> r.shardIterator(from).limit(1000));
        out.addAll(page.records());
        iterator = page.records().isEmpty() ? null : page.nextShardIterator();
      }
    }
    return out;
  }

  /** Lambda's event for these records. */
  public static ObjectNode lambdaEvent(List<Record> records, String streamArn) {
    ObjectNode event = Json.object();
    ArrayNode list = event.putArray("Records");
    for (Record record : records) {
      ObjectNode r = list.addObject();
      r.put("eventID", record.eventID());
      r.put("eventName", record.eventNameAsString());
      r.put("eventVersion", "1.1");
      r.put("eventSource", "aws:dynamodb");
      r.put("awsRegion", "us-east-1");
      ObjectNode d = r.putObject("dynamodb");
      d.set("Keys", image(record.dynamodb().keys()));
      if (record.dynamodb().hasNewImage()) {
        d.set("NewImage", image(record.dynamodb().newImage()));
      }
      d.put("SequenceNumber", record.dynamodb().sequenceNumber());
      d.put("SizeBytes", record.dynamodb().sizeBytes());
      d.put("StreamViewType", record.dynamodb().streamViewTypeAsString());
      r.put("eventSourceARN", streamArn);
    }
    return event;
  }

  /**
   * The record a stream with {@code NEW_IMAGE} would hold for the insert of {@code item} (keys
   * {@code pk}, {@code sk}), as Lambda delivers it: for tools that stand in for a stream.
   */
  public static ObjectNode insertRecord(
      Map<String, AttributeValue> item, String streamArn, String sequenceNumber) {
    ObjectNode r = Json.object();
    r.put("eventID", java.util.UUID.randomUUID().toString().replace("-", ""));
    r.put("eventName", "INSERT");
    r.put("eventVersion", "1.1");
    r.put("eventSource", "aws:dynamodb");
    r.put("awsRegion", "us-east-1");
    ObjectNode d = r.putObject("dynamodb");
    d.put("ApproximateCreationDateTime", java.time.Instant.now().getEpochSecond());
    d.set("Keys", image(Map.of("pk", item.get("pk"), "sk", item.get("sk"))));
    d.set("NewImage", image(item));
    d.put("SequenceNumber", sequenceNumber);
    d.put("StreamViewType", "NEW_IMAGE");
    r.put("eventSourceARN", streamArn);
    return r;
  }

  private static ObjectNode image(Map<String, AttributeValue> item) {
    ObjectNode out = Json.object();
    item.forEach((name, value) -> out.set(name, value(value)));
    return out;
  }

  private static ObjectNode value(AttributeValue value) {
    ObjectNode out = Json.object();
    if (value.s() != null) {
      out.put("S", value.s());
    } else if (value.n() != null) {
      out.put("N", value.n());
    } else if (value.bool() != null) {
      out.put("BOOL", value.bool());
    } else if (value.hasL()) {
      ArrayNode l = out.putArray("L");
      value.l().forEach(v -> l.add(value(v)));
    } else if (value.hasM()) {
      out.set("M", image(value.m()));
    } else if (value.hasSs()) {
      ArrayNode ss = out.putArray("SS");
      value.ss().forEach(ss::add);
    } else {
      out.put("NULL", true);
    }
    return out;
  }
}
