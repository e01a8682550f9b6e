package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.admin.AdminFixture.Reply;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.store.TenantErasure;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.Keys;
import io.scimgate.testing.TableCounts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DELETE /admin/tenants/{t} over DynamoDB Local: everything of the tenant goes, nothing else. */
class TenantEraseIT {
  private final AdminFixture f = new AdminFixture();

  /** Every group each populated tenant had, deleted ones included: their member partitions. */
  private final Map<String, List<String>> groupIds = new HashMap<>();

  @Test
  void erase_leavesNoItemOfTheTenant_andTouchesNoneOfAPrefixSibling() {
    String acmeToken = populate("acme");
    populate("acme-eu");
    Map<String, Integer> acmeBefore = familyCounts("acme");
    Map<String, Integer> siblingBefore = familyCounts("acme-eu");
    assertTrue(acmeBefore.values().stream().allMatch(n -> n > 0), acmeBefore.toString());
    int siblingScanBefore = scanCount("acme-eu");
    String unusedToken = f.call("POST", "/admin/tenants/acme/tokens").text("token");

    Reply deleted = expect(202, f.call("DELETE", "/admin/tenants/acme"));
    assertEquals("deleting", deleted.text("status"));
    assertEquals("acme", deleted.text("tenantId"));
    // The erasure ends only with a pass that starts after the settle time.
    JsonNode progress = expect(200, f.call("GET", "/admin/tenants/acme")).json();
    assertEquals("deleting", progress.path("status").asText());
    JsonNode erased = progress.path("erased");
    for (String family :
        List.of("users", "groups", "memberships", "markers", "grants", "bookmarks")) {
      // What a DELETE's first run (10 s budget) deletes of this small tenant: all of it.
      assertEquals(acmeBefore.get(family), erased.path(family).asInt(), family + " in " + progress);
    }
    assertEquals(3, erased.path("tokens").asInt(), progress.toString());
    assertEquals(401, f.scimStatus("acme", unusedToken), "no cached verification: refused at once");
    f.clock.advance(AdminFixture.TOKEN_TTL);
    assertEquals(
        401, f.scimStatus("acme", acmeToken), "a cached verification lasts one TTL at most");
    expect(409, f.call("POST", "/admin/tenants", "{\"tenantId\":\"acme\"}"));
    expect(409, f.call("PUT", "/admin/tenants/acme/sync", "{\"enabled\":true}"));
    expect(202, f.call("DELETE", "/admin/tenants/acme"));

    f.clock.advance(AdminFixture.ERASE_SETTLE.minus(AdminFixture.TOKEN_TTL));
    // The erasure's own sweep (Maintenance also finishes other tenants' membership cleanups,
    // which would change acme-eu legitimately).
    assertEquals(0, f.erasure.sweep(Duration.ofSeconds(30)));

    expect(404, f.call("GET", "/admin/tenants/acme"));
    expect(404, f.call("DELETE", "/admin/tenants/acme"));
    assertEquals(0, scanCount("acme"), "a full scan finds nothing under T#acme#");
    familyCounts("acme").forEach((family, n) -> assertEquals(0, n, family));
    assertEquals(siblingBefore, familyCounts("acme-eu"));
    assertEquals(siblingScanBefore, scanCount("acme-eu"));
    assertEquals(
        200,
        f.scimStatus("acme-eu", f.call("POST", "/admin/tenants/acme-eu/tokens").text("token")));

    String fresh =
        expect(201, f.call("POST", "/admin/tenants", "{\"tenantId\":\"acme\"}")).text("token");
    JsonNode summary = expect(200, f.call("GET", "/admin/tenants/acme/summary")).json();
    assertEquals(0, summary.path("users").path("total").asInt(-1));
    assertEquals(0, summary.path("groups").path("total").asInt(-1));
    assertEquals(
        0, f.scim("acme", fresh, "GET", "/Users", null).json().path("totalResults").asInt(-1));
  }

  @Test
  void erase_interruptedByATinyBudget_resumesWhereItStoppedAndCompletes() {
    populate("globex");
    populate("globex-eu");
    int siblingBefore = scanCount("globex-eu");
    AdminFrontDoor tiny =
        new AdminFrontDoor(
            new AdminAuthenticator(AdminFixture.ADMIN_TOKEN),
            f.ports(PublicBaseUrl.derived(), Duration.ofNanos(1)));

    expect(
        202,
        AdminFixture.send(
            tiny, AdminFixture.request("DELETE", "/admin/tenants/globex", null, auth())));
    int afterFirst = scanCount("globex");
    assertTrue(afterFirst > 1, "one chunk only: " + afterFirst);
    List<Integer> remaining = new ArrayList<>(List.of(afterFirst));
    for (int call = 0; call < 200 && !phase("globex").equals("settling"); call++) {
      f.erasure.resume("globex", Duration.ofNanos(1));
      remaining.add(scanCount("globex"));
    }
    assertTrue(remaining.size() > 3, "took several runs: " + remaining);
    for (int i = 1; i < remaining.size(); i++) {
      assertTrue(remaining.get(i) <= remaining.get(i - 1), "never grows: " + remaining);
    }
    assertEquals(1, scanCount("globex"), "only the tenant record is left before the settle time");
    assertEquals("settling", f.call("GET", "/admin/tenants/globex").text("phase"));

    f.clock.advance(AdminFixture.ERASE_SETTLE);
    for (int call = 0; call < 50 && f.erasure.progress("globex").isPresent(); call++) {
      f.erasure.resume("globex", Duration.ofNanos(1));
    }

    expect(404, f.call("GET", "/admin/tenants/globex"));
    assertEquals(0, scanCount("globex"));
    assertEquals(siblingBefore, scanCount("globex-eu"));
  }

  @Test
  void erase_itemsWrittenWhileSettling_areErasedByTheFinalPass() {
    String token = populate("initech");
    expect(202, f.call("DELETE", "/admin/tenants/initech"));
    // A request admitted before the erasure (its group still existed) writes a user afterwards.
    f.user("initech", "late@initech.test");
    assertTrue(scanCount("initech") > 1);

    f.clock.advance(AdminFixture.ERASE_SETTLE);
    f.components.maintenance().sweep();

    assertEquals(0, scanCount("initech"));
    assertEquals(401, f.scimStatus("initech", token));
  }

  @Test
  void erase_callsTheTenantDeletedHookOnce_whenTheLastItemIsGone() {
    populate("hooli");
    List<Map<String, Long>> calls = new ArrayList<>();
    DynamoTenantErasure erasure =
        new DynamoTenantErasure(
            f.dynamo, f.clock, Duration.ZERO, (tenantId, erased) -> calls.add(erased));

    erasure.begin("hooli");
    erasure.resume("hooli", Duration.ofSeconds(30));
    erasure.resume("hooli", Duration.ofSeconds(30));

    assertEquals(1, calls.size());
    assertEquals(29L, calls.get(0).get("users"));
    assertEquals(0, scanCount("hooli"));
  }

  @Test
  void concurrentRuns_oneHoldsTheLease_countsAreNotDoubled_andTheHookRunsOnce() throws Exception {
    populate("umbrella");
    int items = scanCount("umbrella");
    List<Map<String, Long>> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    DynamoTenantErasure erasure =
        new DynamoTenantErasure(
            f.dynamo, f.clock, Duration.ZERO, (tenantId, erased) -> calls.add(erased));
    CyclicBarrier start = new CyclicBarrier(4);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<TenantErasure.Start>> begins = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      begins.add(
          pool.submit(() -> {
            start.await();
            TenantErasure.Start begun = erasure.begin("umbrella");
            // Generous: the point is one lease holder and exact counts, not speed on a loaded
            // machine.
            for (int run = 0; run < 1_000 && erasure.progress("umbrella").isPresent(); run++) {
              erasure.resume("umbrella", Duration.ofMillis(50));
            }
            return begun;
          }));
    }
    List<TenantErasure.Start> outcomes = new ArrayList<>();
    for (Future<TenantErasure.Start> begun : begins) {
      outcomes.add(begun.get());
    }
    pool.shutdown();

    assertEquals(
        1,
        outcomes.stream().filter(o -> o == TenantErasure.Start.STARTED).count(),
        outcomes.toString());
    assertEquals(0, scanCount("umbrella"));
    assertEquals(1, calls.size(), "the hook runs once");
    long counted = calls.get(0).values().stream().mapToLong(Long::longValue).sum();
    assertEquals(items - 1, counted, "every item counted once (the tenant record is not counted)");
  }

  @Test
  void erase_unknownTenant_is404_andBadIdsNameNothing() {
    expect(404, f.call("DELETE", "/admin/tenants/nobody"));
    expect(404, f.call("DELETE", "/admin/tenants/NO_such"));
  }

  /**
   * A tenant with users, groups with members, grants, default grants, extra tokens, a page
   * bookmark, counters, uniqueness markers, and pending cleanups; returns its first token.
   */
  private String populate(String tenantId) {
    String token = f.tenant(tenantId);
    f.call("POST", "/admin/tenants/" + tenantId + "/tokens", "{\"expiresInDays\":30}");
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = f.user(tenantId, "user" + i + "@" + tenantId + ".test");
      users.add(id);
      if (i % 3 == 0) {
        // An externalId marker too.
        var current = f.users.get(tenantId, id).orElseThrow();
        f.users.replace(
            tenantId,
            id,
            current.version(),
            current.document().deepCopy().put("externalId", "x" + i));
      }
    }
    String sales = f.group(tenantId, "Sales", users.subList(0, 20).toArray(String[]::new));
    String all = f.group(tenantId, "Everyone", users.toArray(String[]::new));
    f.grant(tenantId, sales, "[{\"community\":\"sales\",\"role\":\"admin\"}]");
    f.grant(tenantId, all, "[{\"community\":\"news\",\"role\":\"reader\"}]");
    expect(
        200,
        f.call(
            "PUT",
            "/admin/tenants/" + tenantId + "/default-grants",
            "{\"grants\":[{\"community\":\"news\",\"role\":\"reader\"}]}"));
    // A bookmark: a full page that is not the last one.
    expect(200, f.scim(tenantId, token, "GET", "/Users?startIndex=1&count=5", null));
    // A pending user cleanup (kept for a second look) and a group whose members were not drained.
    f.users.delete(tenantId, users.get(29));
    DynamoGroupStore noBudget = new DynamoGroupStore(f.dynamo, f.clock, 100_000, 0);
    String doomed = f.group(tenantId, "Doomed", users.subList(0, 10).toArray(String[]::new));
    noBudget.delete(tenantId, doomed);
    groupIds.put(tenantId, List.of(sales, all, doomed));
    return token;
  }

  private String phase(String tenantId) {
    return f.erasure.progress(tenantId).orElseThrow().phase();
  }

  private static Map<String, String> auth() {
    return Map.of("authorization", "Bearer " + AdminFixture.ADMIN_TOKEN);
  }

  /** Items per family, each counted with a Query on the tenant's own keys. */
  private Map<String, Integer> familyCounts(String tenantId) {
    Map<String, Integer> counts = new HashMap<>();
    counts.put("tenant partition", query(Keys.tenant(tenantId)));
    counts.put("users", query(Keys.users(tenantId)));
    counts.put("groups", query(Keys.groups(tenantId)));
    counts.put("markers", query(Keys.unique(tenantId)));
    counts.put("grants", query(Keys.grants(tenantId)));
    counts.put("bookmarks", query(Keys.pages(tenantId)));
    int members = 0;
    for (String group : groupIds.getOrDefault(tenantId, List.of())) {
      members += query(Keys.members(tenantId, group));
    }
    counts.put("memberships", members);
    return counts;
  }

  private int query(String pk) {
    return f.dynamo
        .client()
        .query(r ->
            r.tableName(f.dynamo.table())
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk)))
                .consistentRead(true))
        .count();
  }

  /** Test only: a full-table scan counting the items whose pk starts with the tenant's prefix. */
  private int scanCount(String tenantId) {
    return (int) TableCounts.scanPrefix(f.dynamo, Keys.tenant(tenantId));
  }
}
