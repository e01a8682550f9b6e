package io.scimgate.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.store.dynamo.TableDefinition;
import io.scimgate.testing.CountingDynamoDbClient;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;

/**
 * Change-feed numbers against DynamoDB Local (in-process): what each kind of change writes now that
 * it carries its events (requests, items, consumed WCU as DynamoDB Local reports them), how many
 * events per second parallel writers commit, and how many events per second one feed reader drains
 * with pages of 500 (and the RCU per event). Prints Markdown.
 *
 * <pre>mvn -pl shared -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.scimgate.bench.EventsBenchmark [-Dexec.args="5000 8"]</pre>
 */
public final class EventsBenchmark {
  private static final String T = "bench";

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int writers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    var local = DynamoDBEmbedded.create(true);
    try {
      var raw = local.dynamoDbClient();
      TableDefinition.ensure(
          raw, "bench", TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties());
      CountingDynamoDbClient counter = new CountingDynamoDbClient(raw);
      Dynamo dynamo = new Dynamo(counter, "bench");
      System.out.printf(
          "Java %s, %d cores, DynamoDB Local 3.3.1 in-memory (embedded)%n%n",
          Runtime.version(), Runtime.getRuntime().availableProcessors());
      writeCosts(dynamo, counter);
      throughput(dynamo, counter, events, writers);
    } finally {
      local.shutdown();
    }
  }

  private static void writeCosts(Dynamo dynamo, CountingDynamoDbClient counter) {
    DynamoTenantStore tenants = new DynamoTenantStore(dynamo);
    DynamoUserStore users = new DynamoUserStore(dynamo);
    DynamoGroupStore groups = new DynamoGroupStore(dynamo);
    tenants.create(T, Instant.now());
    tenants.setSyncEnabled(T, true);
    groups.create(T, "plain", Json.object().put("displayName", "Plain"), List.of());
    groups.create(T, "granting", Json.object().put("displayName", "Granting"), List.of());
    new DynamoGrantStore(dynamo).put(T, "granting", List.of(new Grant("sales", "admin")));
    System.out.println("## Write cost per change (events included)\n");
    System.out.println("| change | events | requests | items written | WCU (DynamoDB Local) |");
    System.out.println("|---|---|---|---|---|");
    counter.reset();
    users.create(T, "u1", user("ada"));
    row("user create (POST /Users)", 1, counter);
    var ada = users.get(T, "u1").orElseThrow();
    users.replace(T, "u1", ada.version(), ada.document().deepCopy().put("displayName", "Ada L."));
    row("user update, 1 attribute", 1, counter);
    groups.update(T, "plain", null, null, List.of("u1"), List.of());
    row("add 1 member, group without grants", 1, counter);
    groups.update(T, "granting", null, null, List.of("u1"), List.of());
    row("add 1 member, group with grants (+ access.changed)", 2, counter);
    var now = users.get(T, "u1").orElseThrow();
    users.replace(T, "u1", now.version(), now.document().deepCopy().put("active", false));
    row("deactivate, user with grants (+ access.changed)", 2, counter);
    users.create(T, "u2", user("bob"));
    counter.reset();
    users.delete(T, "u2");
    row("delete user without groups", 1, counter);
    System.out.println();
  }

  private static void throughput(
      Dynamo dynamo, CountingDynamoDbClient counter, int events, int writers) throws Exception {
    DynamoUserStore users = new DynamoUserStore(dynamo);
    new DynamoTenantStore(dynamo).create("load", Instant.now());
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      futures.add(
          pool.submit(() -> {
            for (int i = writer; i < events; i += writers) {
              users.create("load", String.format("u%07d", i), user("user" + i));
            }
            return null;
          }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    double writeSeconds = (System.nanoTime() - start) / 1e9;
    DynamoEventFeed feed = new DynamoEventFeed(dynamo, Clock.systemUTC(), Duration.ZERO);
    Thread.sleep(5);
    counter.reset();
    start = System.nanoTime();
    int read = 0;
    String cursor = null;
    while (true) {
      var page = feed.read("load", cursor, 500);
      if (page.events().isEmpty()) {
        break;
      }
      read += page.events().size();
      cursor = page.lastId();
    }
    double readSeconds = (System.nanoTime() - start) / 1e9;
    Stats stats = counter.stats();
    System.out.println("## Throughput\n");
    System.out.printf(
        "- %d writer threads committed %,d user creates (= %,d events) in %.1f s: **%.0f events/s**%n",
        writers, events, events, writeSeconds, events / writeSeconds);
    System.out.printf(
        "- one reader drained them with limit=500 in %.2f s: **%.0f events/s**, %d Query requests, "
            + "%.3f RCU per event (%,.0f RCU in total)%n",
        readSeconds,
        read / readSeconds,
        stats.requests("Query"),
        stats.readUnits() / read,
        stats.readUnits());
    if (read != events) {
      throw new IllegalStateException("read " + read + " of " + events + " events");
    }
  }

  private static void row(String change, int events, CountingDynamoDbClient counter) {
    Stats s = counter.stats();
    System.out.printf(
        "| %s | %d | %d | %d | %.1f |%n",
        change, events, s.totalRequests(), s.itemsWritten(), s.writeUnits());
    counter.reset();
  }

  private static ObjectNode user(String name) {
    ObjectNode user = Json.object().put("userName", name + "@bench.test").put("active", true);
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    user.putObject("name").put("givenName", name).put("familyName", "Bench");
    user.putArray("emails")
        .addObject()
        .put("value", name + "@bench.test")
        .put("type", "work")
        .put("primary", true);
    return user;
  }
}
