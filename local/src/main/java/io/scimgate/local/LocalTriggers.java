package io.scimgate.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Keys;
import io.scimgate.testing.EventPatterns;
import io.scimgate.testing.StreamEvents;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The template's non-HTTP event sources that a local run needs, played by the runner through the
 * functions' jars: each {@code Schedule: rate(…)} event invokes its function at that rate with the
 * event EventBridge sends; each {@code DynamoDB} stream event whose filter selects items by {@code
 * gsi1pk} (MaintenanceFunction's {@code FanOutJobs}) invokes its function with an {@code INSERT}
 * record for every new item of those gsi1 partitions, polled every {@link #POLL}, kept only if the
 * template's filter passes it. The runner's table has no stream (DynamoDB Local's stream slows
 * every write), so the change-feed stream to EventBridge is not played: {@code events.jsonl} stands
 * in for the bus (docs/local-runtime.md).
 */
final class LocalTriggers implements AutoCloseable {
  static final Duration POLL = Duration.ofSeconds(1);
  static final long INVOKE_WAIT_MILLIS = 30_000;
  private static final String STREAM_ARN =
      "arn:aws:dynamodb:us-east-1:" + EventBuilder.ACCOUNT_ID + ":table/local/stream/local";

  private final ScheduledExecutorService timer =
      Executors.newScheduledThreadPool(2, r -> Thread.ofPlatform().daemon().unstarted(r));
  private final Lambdas lambdas;
  private final DynamoDbClient client;
  private final String table;
  private final PrintStream log;
  private final AtomicLong sequence = new AtomicLong();

  private LocalTriggers(Lambdas lambdas, DynamoDbClient client, String table, PrintStream log) {
    this.lambdas = lambdas;
    this.client = client;
    this.table = table;
    this.log = log;
  }

  /** Starts every schedule and polled stream of {@code template}. */
  static LocalTriggers start(
      TemplateFile template,
      Lambdas lambdas,
      DynamoDbClient client,
      String table,
      PrintStream log) {
    // Read everything first: a template this cannot play fails before any timer runs.
    List<TemplateTriggers.Schedule> schedules = TemplateTriggers.schedules(template);
    List<TemplateTriggers.PolledStream> streams = TemplateTriggers.polledStreams(template);
    LocalTriggers triggers = new LocalTriggers(lambdas, client, table, log);
    for (TemplateTriggers.Schedule s : schedules) {
      long millis = s.every().toMillis();
      triggers.timer.scheduleAtFixedRate(
          () -> triggers.invoke(s.function(), s.event(), scheduledEvent(s)),
          millis,
          millis,
          TimeUnit.MILLISECONDS);
    }
    for (TemplateTriggers.PolledStream p : streams) {
      Set<String> seen = new HashSet<>();
      triggers.timer.scheduleWithFixedDelay(
          () -> triggers.poll(p, seen), 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }
    return triggers;
  }

  private void poll(TemplateTriggers.PolledStream stream, Set<String> seen) {
    try {
      Set<String> present = new HashSet<>();
      List<ObjectNode> batch = new ArrayList<>();
      for (String partition : stream.partitions()) {
        for (Map<String, AttributeValue> item : gsi1Items(partition)) {
          String key = item.get(Keys.PK).s() + "\n" + item.get(Keys.SK).s();
          present.add(key);
          if (seen.add(key)) {
            ObjectNode record =
                StreamEvents.insertRecord(
                    item, STREAM_ARN, String.format("%021d", sequence.incrementAndGet()));
            if (EventPatterns.matches(stream.pattern(), record)) {
              batch.add(record);
            }
          }
        }
      }
      seen.retainAll(present);
      if (!batch.isEmpty()) {
        ObjectNode event = Json.object();
        event.putArray("Records").addAll(batch);
        invoke(stream.function(), stream.event(), event);
      }
    } catch (RuntimeException e) {
      log.println("local runner: " + stream.function() + "." + stream.event() + " poll: " + e);
    }
  }

  private List<Map<String, AttributeValue>> gsi1Items(String partition) {
    return client
        .query(r ->
            r.tableName(table)
                .indexName(Keys.GSI1)
                .keyConditionExpression("#p = :p")
                .expressionAttributeNames(Map.of("#p", Keys.GSI1_PK))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition)))
                .limit(100))
        .items();
  }

  private void invoke(String function, String event, ObjectNode payload) {
    try {
      Lambdas.Result result =
          lambdas.invoke(
              function,
              null,
              Json.write(payload).getBytes(StandardCharsets.UTF_8),
              INVOKE_WAIT_MILLIS);
      if (result.outcome().kind() != Invocation.Kind.SUCCESS) {
        log.println(
            "local runner: "
                + function
                + " ("
                + event
                + ") "
                + result.outcome().kind()
                + " on request "
                + result.requestId());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.println("local runner: " + function + " (" + event + "): " + e);
    }
  }

  private static ObjectNode scheduledEvent(TemplateTriggers.Schedule schedule) {
    ObjectNode e = Json.object();
    e.put("version", "0");
    e.put("id", UUID.randomUUID().toString());
    e.put("detail-type", "Scheduled Event");
    e.put("source", "aws.events");
    e.put("account", EventBuilder.ACCOUNT_ID);
    e.put("time", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    e.put("region", SandboxEnvironment.REGION);
    e.putArray("resources")
        .add(
            "arn:aws:events:"
                + SandboxEnvironment.REGION
                + ":"
                + EventBuilder.ACCOUNT_ID
                + ":rule/"
                + SandboxEnvironment.STACK
                + "-"
                + schedule.function()
                + schedule.event());
    e.putObject("detail");
    return e;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      // A poll or invoke in flight ends at its next interruptible wait; the runner then stops
      // the sandboxes it would have used.
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
