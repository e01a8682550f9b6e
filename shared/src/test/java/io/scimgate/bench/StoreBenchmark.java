package io.scimgate.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.ScanLimitExceededException;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.store.dynamo.StoreFixtures;
import io.scimgate.store.dynamo.TableDefinition;
import io.scimgate.testing.CountingDynamoDbClient;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import software.amazon.dynamodb.services.local.embedded.DynamoDBEmbedded;

/**
 * Store-level costs against DynamoDB Local (in-process): DynamoDB requests, items read/written and
 * the consumed capacity DynamoDB Local reports (ReturnConsumedCapacity=TOTAL), per operation, for
 * tenants of the sizes given as arguments (default 1000 100000). Prints Markdown.
 *
 * <pre>mvn -pl shared -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.scimgate.bench.StoreBenchmark [-Dexec.args="1000 100000"]</pre>
 *
 * <p>A filtered import over a tenant above {@link DynamoUserStore#MAX_SCAN_ITEMS} is refused by
 * design; measuring that refusal takes minutes on DynamoDB Local, so it runs only with {@code
 * -Dbench.largeScan=true}.
 */
public final class StoreBenchmark {
  private static final int ADDED_USERS = 20;
  private static final int REPS = 50;

  private final CountingDynamoDbClient counter;
  private final Dynamo dynamo;
  private final DynamoUserStore users;
  private final DynamoGroupStore groups;
  private final StoreFixtures fixtures;
  private final Random random = new Random(42);

  private StoreBenchmark(CountingDynamoDbClient counter, Dynamo dynamo, Dynamo uncounted) {
    this.counter = counter;
    this.dynamo = dynamo;
    this.users = new DynamoUserStore(dynamo);
    this.groups = new DynamoGroupStore(dynamo);
    this.fixtures = new StoreFixtures(uncounted);
  }

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {1_000, 100_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    var local = DynamoDBEmbedded.create(true);
    try {
      var raw = local.dynamoDbClient();
      TableDefinition.ensure(
          raw, "bench", TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties());
      CountingDynamoDbClient counter = new CountingDynamoDbClient(raw);
      StoreBenchmark bench =
          new StoreBenchmark(counter, new Dynamo(counter, "bench"), new Dynamo(raw, "bench"));
      System.out.printf(
          "Java %s, %d cores, DynamoDB Local 3.3.1 in-memory (embedded)%n%n",
          Runtime.version(), Runtime.getRuntime().availableProcessors());
      for (int size : sizes) {
        bench.run("t" + size, size);
      }
    } finally {
      local.shutdown();
    }
  }

  private void run(String tenant, int size) throws Exception {
    long seedStart = System.nanoTime();
    List<String> ids = IntStream.range(0, size).mapToObj(i -> String.format("u%06d", i)).toList();
    seedUsers(tenant, ids);
    System.out.printf(
        "## Tenant of %,d users (seeded with BatchWriteItem in %.1f s)%n%n",
        size, seconds(seedStart));
    header();

    List<String> added = new ArrayList<>();
    row(
        "create user (1 transaction)",
        ADDED_USERS,
        i -> {
          String id = String.format("new%04d", i);
          users.create(tenant, id, user(id));
          added.add(id);
        });
    row("get by id", REPS, i -> users.get(tenant, pick(ids)));
    row(
        "userName eq (case-insensitive)",
        REPS,
        i -> users.findByUserName(tenant, userName(pick(ids)).toUpperCase()));
    row("externalId eq", REPS, i -> users.findByExternalId(tenant, "ext-" + pick(ids)));
    row(
        "work email eq (gsi1)",
        REPS,
        i -> users.findByWorkEmail(tenant, userName(pick(ids)) + "@example.com"));
    row("counts (sharded counters)", REPS, i -> users.counts(tenant));
    importRow(tenant, null, "full import, no filter, count=100 (total)");
    if (size + ADDED_USERS <= DynamoUserStore.MAX_SCAN_ITEMS
        || Boolean.getBoolean("bench.largeScan")) {
      importRow(
          tenant,
          d -> d.path("active").asBoolean(),
          "full import, filter active eq true, count=100 (total)");
    } else {
      System.out.printf(
          "| full import with a filter: skipped, the tenant exceeds MAX_SCAN_ITEMS = %,d"
              + " (page 1 is refused; -Dbench.largeScan=true measures the refusal) | | | | | | | | |%n",
          DynamoUserStore.MAX_SCAN_ITEMS);
    }

    List<Integer> groupSizes = new ArrayList<>(List.of(10, 10_000, 100_000));
    groupSizes.removeIf(s -> s > size);
    if (!groupSizes.contains(size) && size < 100_000) {
      groupSizes.add(size);
    }
    for (int groupSize : groupSizes) {
      String groupId = "g" + groupSize;
      fixtures.group(tenant, groupId, "Group of " + groupSize);
      StoreFixtures.inParallel(
          ids.subList(0, groupSize), chunk -> fixtures.memberships(tenant, groupId, chunk));
      row(
          "add 1 member, group of " + String.format("%,d", groupSize),
          10,
          i -> groups.update(tenant, groupId, null, null, List.of(added.get(i)), List.of()));
      row(
          "remove 1 member, group of " + String.format("%,d", groupSize),
          10,
          i -> groups.update(tenant, groupId, null, null, List.of(), List.of(added.get(i))));
    }
    row("membership check (isMember)", REPS, i -> groups.isMember(tenant, "g10", pick(ids)));
    row("groupsOf (user in all groups)", 10, i -> groups.groupsOf(tenant, ids.get(0)));
    int largest = groupSizes.getLast();
    row(
        String.format(
            "delete group of %,d members (budget %d s)",
            largest, DynamoGroupStore.DELETE_BUDGET_MILLIS / 1000),
        1,
        i -> groups.delete(tenant, "g" + largest));
    row(
        "resumeCleanup of what the delete left",
        1,
        i -> {
          while (groups.resumeCleanup(tenant, 20_000) > 0) {
            // each call is one scheduled run's worth
          }
        });
    System.out.println();
  }

  private void seedUsers(String tenant, List<String> ids) throws Exception {
    StoreFixtures.inParallel(ids, chunk -> fixtures.users(tenant, chunk, StoreBenchmark::user));
  }

  private void importRow(
      String tenant, java.util.function.Predicate<ObjectNode> match, String label) {
    counter.reset();
    long start = System.nanoTime();
    long served = 0;
    String outcome = "";
    try {
      for (int startIndex = 1; ; startIndex += 100) {
        ListPage page = users.list(tenant, new ListQuery(match, startIndex, 100, label));
        served += page.resources().size();
        if (startIndex + 100 > page.totalResults()) {
          break;
        }
      }
    } catch (ScanLimitExceededException e) {
      outcome = " — refused on page 1: ScanLimitExceeded (" + e.limit() + " items)";
    }
    print(label + outcome + String.format(" [%,d served]", served), 1, counter.stats(), start);
  }

  private interface Op {
    void run(int i) throws Exception;
  }

  private void row(String label, int reps, Op op) throws Exception {
    counter.reset();
    long start = System.nanoTime();
    for (int i = 0; i < reps; i++) {
      op.run(i);
    }
    print(label, reps, counter.stats(), start);
  }

  private static void header() {
    System.out.println(
        "| operation | ops | requests/op | by operation (total) | items read/op | items written/op | RCU/op | WCU/op | ms/op |");
    System.out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|");
  }

  private static void print(String label, int reps, Stats s, long startNanos) {
    System.out.printf(
        "| %s | %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
        label,
        reps,
        (double) s.totalRequests() / reps,
        s.requests().toString().replace("{", "").replace("}", ""),
        (double) s.itemsRead() / reps,
        (double) s.itemsWritten() / reps,
        s.readUnits() / reps,
        s.writeUnits() / reps,
        (System.nanoTime() - startNanos) / 1e6 / reps);
  }

  private String pick(List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }

  private static String userName(String id) {
    return "user." + id;
  }

  static ObjectNode user(String id) {
    ObjectNode user = Json.object();
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    user.put("userName", userName(id));
    user.put("externalId", "ext-" + id);
    user.put("displayName", "User " + id);
    user.put("active", true);
    user.putObject("name").put("givenName", "Given " + id).put("familyName", "Family " + id);
    user.putArray("emails")
        .addObject()
        .put("value", userName(id) + "@example.com")
        .put("type", "work")
        .put("primary", true);
    user.put("locale", "en-US");
    return user;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
