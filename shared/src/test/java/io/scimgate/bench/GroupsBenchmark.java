package io.scimgate.bench;

import io.scimgate.app.Components;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpResponse;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.Keys;
import io.scimgate.store.dynamo.StoreFixtures;
import io.scimgate.testing.CountingDynamoDbClient;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import io.scimgate.testing.TableCounts;
import io.scimgate.testing.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What {@code /Groups} requests cost at realistic group sizes, end to end through the protocol
 * layer ({@link Components#groups()}: front door, {@code GroupsResource}, {@code DynamoGroupStore})
 * on DynamoDB Local in-process: DynamoDB requests by operation, items read and written, the
 * consumed capacity DynamoDB Local reports, and wall time. Prints Markdown.
 *
 * <pre>mvn -pl shared -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.scimgate.bench.GroupsBenchmark [-Dexec.args="10 10000 100000"]</pre>
 *
 * <p>Arguments: the group sizes for PATCH, reads and DELETE (the reads and the headline DELETE use
 * the largest). {@code -Dbench.putSize=10000}: the group PUT replaces (at most 20 000, the
 * endpoint's cap). {@code -Dbench.reps=10}: repetitions of the cheap operations.
 *
 * <p>Seeding is not through the API: {@link StoreFixtures} writes users (with their markers), the
 * groups and their membership items with BatchWriteItem on an uncounted client. The token cache of
 * the front door is given an hour and warmed before counting, so the rows hold no authentication
 * read (in production: one GetItem per container per 30 s).
 */
public final class GroupsBenchmark {
  private static final String TENANT = "bench";
  private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final int CAP = 20_000;

  private final TestTenant tenant;
  private final CountingDynamoDbClient counter;
  private final Endpoint groups;
  private final Components components;
  private final StoreFixtures fixtures;
  private final int reps;

  private GroupsBenchmark(int reps) {
    this.tenant = TestTenant.create(TENANT);
    this.counter = new CountingDynamoDbClient(tenant.dynamo.client());
    this.components =
        Components.withDefaults(
            new Dynamo(counter, tenant.dynamo.table()),
            () -> TestTenant.PEPPER,
            Duration.ofHours(1),
            Clock.systemUTC());
    this.groups = components.groups();
    this.fixtures = new StoreFixtures(tenant.dynamo);
    this.reps = reps;
  }

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length == 0
            ? new int[] {10, 10_000, 100_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).sorted().toArray();
    int putSize = Integer.getInteger("bench.putSize", 10_000);
    int reps = Integer.getInteger("bench.reps", 10);
    if (putSize > CAP) {
      throw new IllegalArgumentException(
          "bench.putSize above the endpoint's cap of " + CAP + " members");
    }
    long start = System.nanoTime();
    new GroupsBenchmark(reps).run(sizes, putSize);
    System.out.printf("%nWhole run: %.0f s%n", seconds(start));
    System.exit(0); // DynamoDB Local's threads would keep exec:java waiting
  }

  private void run(int[] sizes, int putSize) throws Exception {
    int largest = sizes[sizes.length - 1];
    System.out.printf(
        "Java %s, %d cores, DynamoDB Local 3.3.1 in-memory (embedded); group sizes %s, PUT on %,d, reps %d%n%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Arrays.toString(sizes),
        putSize,
        reps);

    // Seeding: users u000000… for the largest group (smaller groups take a prefix), the PUT group's
    // users p000000…, and users x… that the PATCHes and PUTs add. Then groups and memberships.
    long seedStart = System.nanoTime();
    List<String> members = ids("u", largest);
    List<String> putMembers = ids("p", putSize);
    List<String> extras = ids("x", 2 * reps + reps);
    List<String> all = new ArrayList<>(members);
    all.addAll(putMembers);
    all.addAll(extras);
    all.addAll(ids("w", 40));
    StoreFixtures.inParallel(all, chunk -> fixtures.users(TENANT, chunk, StoreBenchmark::user));
    for (int size : sizes) {
      fixtures.group(TENANT, group(size), "Group of " + size);
      StoreFixtures.inParallel(
          members.subList(0, size), chunk -> fixtures.memberships(TENANT, group(size), chunk));
    }
    fixtures.group(TENANT, "put", "PUT group");
    StoreFixtures.inParallel(putMembers, chunk -> fixtures.memberships(TENANT, "put", chunk));
    fixtures.group(TENANT, "warm", "Warm-up group", ids("w", 10));
    System.out.printf(
        "Seeded %,d users, %d groups and %,d memberships with BatchWriteItem in %.1f s.%n%n",
        all.size(),
        sizes.length + 2,
        Arrays.stream(sizes).sum() + putSize + 10,
        seconds(seedStart));

    warmUp();

    header();
    List<String> adds = extras.subList(0, 2 * reps);
    for (int size : sizes) {
      String g = group(size);
      String n = String.format("%,d", size);
      row(
          "PATCH add 1 member (Okta/Entra `add members [{value}]`), group of " + n,
          adds.size(),
          204,
          i ->
              patch(
                  g,
                  "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + adds.get(i)
                      + "\"}]}"));
      row(
          "PATCH remove 1 member (Okta `members[value eq \"u\"]`), group of " + n,
          reps,
          204,
          i ->
              patch(
                  g,
                  "{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                      + adds.get(i)
                      + "\\\"]\"}"));
      row(
          "PATCH remove 1 member (Entra `Remove members [{value}]`), group of " + n,
          reps,
          204,
          i ->
              patch(
                  g,
                  "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + adds.get(reps + i)
                      + "\"}]}"));
      check(size == countMembers(g), g + " should be back at " + size + " members");
    }

    String big = group(largest);
    String n = String.format("%,d", largest);
    String memberId = members.get(largest / 2);
    row(
        "GET /Groups/{id}?excludedAttributes=members, group of " + n,
        reps,
        200,
        i -> get("/Groups/" + big, Map.of("excludedAttributes", "members")));
    row(
        "GET membership check (Entra `id eq \"g\" and members[value eq \"u\"]`), member, group of "
            + n,
        reps,
        200,
        i ->
            get(
                "/Groups",
                Map.of(
                    "filter",
                    "id eq \"" + big + "\" and members[value eq \"" + memberId + "\"]",
                    "excludedAttributes",
                    "members")));
    row(
        "GET membership check, not a member, group of " + n,
        reps,
        200,
        i ->
            get(
                "/Groups",
                Map.of(
                    "filter",
                    "id eq \"" + big + "\" and members[value eq \"" + extras.get(i) + "\"]",
                    "excludedAttributes",
                    "members")));
    if (largest > CAP) {
      row(
          "GET /Groups/{id} with members (no excludedAttributes), group of " + n + " → 400 tooMany",
          1,
          400,
          i -> get("/Groups/" + big, Map.of()));
    }

    // PUT the whole list, one member swapped each time: the first remaining member leaves, an
    // x… user joins. Okta sends PUT without query parameters; the answer then carries members.
    List<String> putList = new ArrayList<>(putMembers);
    List<String> putAdds = extras.subList(2 * reps, 3 * reps);
    String pn = String.format("%,d", putSize);
    int half = Math.max(1, reps / 2);
    row(
        "PUT full list, 1 removed + 1 added (answer with members, as Okta), group of " + pn,
        half,
        200,
        i -> put("put", "PUT group", putList, putAdds.get(i), Map.of()));
    row(
        "PUT full list, 1 removed + 1 added, `?excludedAttributes=members`, group of " + pn,
        reps - half,
        200,
        i ->
            put(
                "put",
                "PUT group",
                putList,
                putAdds.get(half + i),
                Map.of("excludedAttributes", "members")));
    check(
        putSize == countMembers("put"), "the PUT group should still have " + putSize + " members");
    List<String> over = ids("p", CAP + 1);
    row(
        String.format("PUT with %,d members → 400 tooMany", CAP + 1),
        1,
        400,
        i -> send("PUT", "/Groups/put", putBody("PUT group", over), Map.of()));

    for (int size : sizes) {
      delete(group(size), size);
    }
  }

  private void warmUp() {
    counter.reset();
    check(
        send("GET", "/Groups/warm", null, Map.of("excludedAttributes", "members")).status() == 200,
        "warm-up GET");
    for (int i = 10; i < 40; i++) {
      String u = String.format("w%06d", i);
      patch("warm", "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + u + "\"}]}");
      patch("warm", "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + u + "\\\"]\"}");
      get(
          "/Groups",
          Map.of(
              "filter",
              "id eq \"warm\" and members[value eq \"" + u + "\"]",
              "excludedAttributes",
              "members"));
      check(
          put("warm", "Warm-up group", new ArrayList<>(ids("w", 10)), u, Map.of()).status() == 200,
          "warm-up PUT");
    }
    counter.reset();
  }

  /**
   * DELETE returns once the group is gone and its memberships are drained or the 20 s budget is
   * spent; chunks still in flight then finish in the background; the scheduled sweep does the rest.
   */
  private void delete(String groupId, int size) throws Exception {
    String n = String.format("%,d", size);
    row("DELETE group of " + n, 1, 204, i -> send("DELETE", "/Groups/" + groupId, null, Map.of()));
    counter.reset();
    long start = System.nanoTime();
    long written;
    do {
      written = counter.stats().itemsWritten();
      Thread.sleep(500);
    } while (counter.stats().itemsWritten() != written);
    if (written > 0) {
      print(
          "… in-flight chunks finishing after the 204 (background, until quiet for 0.5 s)",
          1,
          counter.stats(),
          start,
          "");
    }
    long left = countMembers(groupId);
    if (left > 0) {
      int[] pending = new int[1];
      row(
          "Maintenance.sweep() for the " + String.format("%,d", left) + " memberships left",
          1,
          -1,
          i -> pending[0] = components.maintenance().sweep());
      check(pending[0] == 0, "sweep left " + pending[0] + " cleanups pending");
    }
    check(countMembers(groupId) == 0, groupId + " memberships remain");
  }

  private HttpResponse patch(String groupId, String operation) {
    return send(
        "PATCH",
        "/Groups/" + groupId,
        "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operation + "]}",
        Map.of());
  }

  private HttpResponse get(String path, Map<String, String> query) {
    return send("GET", path, null, query);
  }

  /**
   * PUT of the whole list with one swap (first member out, {@code joining} in), as Okta sends it.
   */
  private HttpResponse put(
      String groupId, String name, List<String> list, String joining, Map<String, String> query) {
    list.removeFirst();
    list.add(joining);
    return send("PUT", "/Groups/" + groupId, putBody(name, list), query);
  }

  private static String putBody(String name, List<String> memberIds) {
    String memberJson =
        memberIds.stream()
            .map(id -> "{\"value\":\"" + id + "\",\"display\":\"User " + id + "\"}")
            .collect(Collectors.joining(","));
    return "{\"schemas\":[\""
        + GROUP_SCHEMA
        + "\"],\"displayName\":\""
        + name
        + "\",\"members\":["
        + memberJson
        + "]}";
  }

  private HttpResponse send(String method, String path, String body, Map<String, String> query) {
    return groups.handle(tenant.scim(method, path, body, query));
  }

  private interface Op {
    Object run(int i) throws Exception;
  }

  /** Runs {@code op} {@code ops} times, checking each answer's status (−1: not an HTTP call). */
  private void row(String label, int ops, int status, Op op) throws Exception {
    counter.reset();
    long[] each = new long[ops];
    long start = System.nanoTime();
    for (int i = 0; i < ops; i++) {
      long t = System.nanoTime();
      Object result = op.run(i);
      each[i] = System.nanoTime() - t;
      if (status > 0) {
        HttpResponse response = (HttpResponse) result;
        check(
            response.status() == status,
            label + ": expected " + status + ", got " + response.status() + " " + response.body());
      }
    }
    Arrays.sort(each);
    print(
        label,
        ops,
        counter.stats(),
        start,
        ops > 1 ? String.format("%.1f", each[ops / 2] / 1e6) : "");
  }

  private static void header() {
    System.out.println(
        "| operation | ops | requests/op | by operation (total) | items read/op | items written/op | RCU/op | WCU/op | ms/op (mean) | ms (median) |");
    System.out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
  }

  private static void print(String label, int ops, Stats s, long startNanos, String median) {
    System.out.printf(
        "| %s | %d | %s | %s | %s | %s | %s | %s | %.1f | %s |%n",
        label,
        ops,
        num((double) s.totalRequests() / ops),
        s.requests().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ")),
        num((double) s.itemsRead() / ops),
        num((double) s.itemsWritten() / ops),
        num(s.readUnits() / ops),
        num(s.writeUnits() / ops),
        (System.nanoTime() - startNanos) / 1e6 / ops,
        median);
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%,.1f", v);
  }

  /** Membership items of the group, counted on the uncounted client. */
  private long countMembers(String groupId) {
    return TableCounts.partition(tenant.dynamo, Keys.members(TENANT, groupId));
  }

  private static String group(int size) {
    return "g" + size;
  }

  private static List<String> ids(String prefix, int n) {
    return IntStream.range(0, n).mapToObj(i -> String.format("%s%06d", prefix, i)).toList();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
