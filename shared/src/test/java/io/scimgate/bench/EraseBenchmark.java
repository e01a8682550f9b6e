package io.scimgate.bench;

import io.scimgate.access.Grant;
import io.scimgate.auth.Tokens;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.TenantErasure.Progress;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoCredentials;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.Keys;
import io.scimgate.store.dynamo.StoreFixtures;
import io.scimgate.testing.CountingDynamoDbClient;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.TableCounts;
import io.scimgate.testing.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Erasing a large tenant on DynamoDB Local in-process: one DELETE-sized run (10 s budget), then
 * maintenance-sized runs (240 s) until the tenant is gone; items per second, DynamoDB requests by
 * operation, and the capacity Local reports. A prefix sibling ({@code <tenant>-eu}) is counted
 * before and after. Prints Markdown.
 *
 * <pre>mvn -pl shared -q exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.scimgate.bench.EraseBenchmark [-Dexec.args="100000"]</pre>
 *
 * <p>Argument: users of the tenant, all members of one group (default 100 000); plus 20 groups of
 * 100 members with grants, and 5 tokens. {@code -Dbench.requestSeconds=10}, {@code
 * -Dbench.sweepSeconds=240}: the budgets. Seeding is not through the API ({@link StoreFixtures},
 * BatchWriteItem on 4 threads); the erasure runs on a counted client. The settle time is zero here
 * (nothing writes concurrently), so the first complete pass ends it.
 */
public final class EraseBenchmark {
  private static final String TENANT = "bench";
  private static final String SIBLING = "bench-eu";

  public static void main(String[] args) throws Exception {
    int users = args.length == 0 ? 100_000 : Integer.parseInt(args[0]);
    Duration request = Duration.ofSeconds(Long.getLong("bench.requestSeconds", 10));
    Duration sweep = Duration.ofSeconds(Long.getLong("bench.sweepSeconds", 240));
    Dynamo plain = LocalDynamo.freshTable();
    System.out.printf(
        "Java %s, %d cores, DynamoDB Local in-memory (embedded); %,d users%n%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors(), users);

    long seedStart = System.nanoTime();
    seed(plain, TENANT, users, 20);
    seed(plain, SIBLING, 1_000, 2);
    long items = countTenant(plain, TENANT, 20);
    long siblingBefore = countTenant(plain, SIBLING, 2);
    System.out.printf(
        "Seeded %,d items under %s and %,d under %s in %.0f s (counted by Query).%n%n",
        items, Keys.tenant(TENANT), siblingBefore, Keys.tenant(SIBLING), seconds(seedStart));

    CountingDynamoDbClient counter = new CountingDynamoDbClient(plain.client());
    DynamoTenantErasure erasure =
        new DynamoTenantErasure(
            new Dynamo(counter, plain.table()),
            Clock.systemUTC(),
            Duration.ZERO,
            TenantDeletedHook.NONE);
    erasure.begin(TENANT);
    System.out.println(
        "| run | budget | s | items deleted | items/s | requests | by operation | RCU | WCU | phase"
            + " after |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|---:|---:|---|");
    long total = 0;
    long allStart = System.nanoTime();
    Stats sum = null;
    long requests = 0;
    double rcu = 0;
    double wcu = 0;
    for (int run = 1; ; run++) {
      Duration budget = run == 1 ? request : sweep;
      long before = deleted(erasure);
      counter.reset();
      long start = System.nanoTime();
      Optional<Progress> after = erasure.resume(TENANT, budget);
      double s = seconds(start);
      Stats stats = counter.stats();
      long done =
          after.map(p -> p.erased().values().stream().mapToLong(Long::longValue).sum()).orElse(0L)
              - before;
      total += Math.max(0, done);
      requests += stats.totalRequests();
      rcu += stats.readUnits();
      wcu += stats.writeUnits();
      System.out.printf(
          "| %d%s | %d s | %.1f | %,d | %,.0f | %,d | %s | %,.0f | %,.0f | %s |%n",
          run,
          run == 1 ? " (DELETE)" : " (sweep)",
          budget.toSeconds(),
          s,
          done,
          done / s,
          stats.totalRequests(),
          byOperation(stats),
          stats.readUnits(),
          stats.writeUnits(),
          after.map(Progress::phase).orElse("gone (404)"));
      if (after.isEmpty() || after.get().done()) {
        if (after.isPresent()) {
          total = after.get().erased().values().stream().mapToLong(Long::longValue).sum();
          System.out.printf("%nErased by family: %s%n", new TreeMap<>(after.get().erased()));
        }
        break;
      }
    }
    double all = seconds(allStart);
    long left = countTenant(plain, TENANT, 20);
    long siblingAfter = countTenant(plain, SIBLING, 2);
    System.out.printf(
        "%nTotal: %,d items in %.1f s = %,.0f items/s; %,d requests; Local-reported %,.0f RCU,"
            + " %,.0f WCU.%n",
        total, all, total / all, requests, rcu, wcu);
    System.out.printf(
        "Left under %s: %,d (Query per partition). %s: %,d before, %,d after.%n",
        Keys.tenant(TENANT), left, SIBLING, siblingBefore, siblingAfter);
    if (left != 0 || siblingAfter != siblingBefore) {
      throw new IllegalStateException("erase left items or touched the sibling");
    }
    System.exit(0); // DynamoDB Local's threads would keep exec:java waiting
  }

  /**
   * One tenant: record, 5 tokens, n users in one group, {@code groups} groups of 100 with grants.
   */
  private static void seed(Dynamo dynamo, String tenantId, int users, int groups) throws Exception {
    new DynamoTenantStore(dynamo).create(tenantId, Instant.now());
    DynamoCredentials credentials = new DynamoCredentials(dynamo);
    for (int i = 0; i < 5; i++) {
      credentials.issue(
          new StoredToken(
              tenantId,
              UUID.randomUUID().toString(),
              Tokens.digest(TestTenant.PEPPER, Tokens.generate()),
              Instant.now()));
    }
    StoreFixtures fixtures = new StoreFixtures(dynamo);
    List<String> ids = IntStream.range(0, users).mapToObj(i -> String.format("u%06d", i)).toList();
    StoreFixtures.inParallel(ids, chunk -> fixtures.users(tenantId, chunk, StoreBenchmark::user));
    fixtures.group(tenantId, "everyone", "Everyone");
    StoreFixtures.inParallel(ids, chunk -> fixtures.memberships(tenantId, "everyone", chunk));
    DynamoGrantStore grants = new DynamoGrantStore(dynamo);
    for (int g = 0; g < groups; g++) {
      fixtures.group(tenantId, "g" + g, "Group " + g, ids.subList(0, Math.min(100, users)));
      grants.put(tenantId, "g" + g, List.of(new Grant("c" + g, "admin")));
    }
  }

  private static long deleted(DynamoTenantErasure erasure) {
    return erasure
        .progress(TENANT)
        .map(p -> p.erased().values().stream().mapToLong(Long::longValue).sum())
        .orElse(0L);
  }

  private static String byOperation(Stats s) {
    return s.requests().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * Items under the tenant's keys, counted with a {@code Select.COUNT} Query per partition the seed
   * wrote (the ITs prove the same with a full-table scan; on 400 000 items Local's scan is slow).
   */
  private static long countTenant(Dynamo dynamo, String tenantId, int groups) {
    List<String> partitions =
        new ArrayList<>(
            List.of(
                Keys.tenant(tenantId),
                Keys.users(tenantId),
                Keys.groups(tenantId),
                Keys.unique(tenantId),
                Keys.grants(tenantId),
                Keys.pages(tenantId),
                Keys.members(tenantId, "everyone")));
    for (int g = 0; g < groups; g++) {
      partitions.add(Keys.members(tenantId, "g" + g));
    }
    return partitions.stream().mapToLong(pk -> TableCounts.partition(dynamo, pk)).sum();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
