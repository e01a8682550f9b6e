package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.admin.AdminFixture.Reply;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.json.Json;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.dynamo.DynamoCredentials;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.CountedTable;
import io.scimgate.testing.CountingDynamoDbClient.Stats;
import io.scimgate.testing.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What one access or summary request costs in DynamoDB requests and items read, for a small and a
 * large tenant: the same, because neither reads anything proportional to the tenant.
 */
class AdminCostIT {
  private final CountedTable table = CountedTable.fresh();
  private final DynamoUserStore users = new DynamoUserStore(table.dynamo());
  private final DynamoGroupStore groups = new DynamoGroupStore(table.dynamo());
  private final AdminFrontDoor admin =
      new AdminFrontDoor(
          new AdminAuthenticator(AdminFixture.ADMIN_TOKEN),
          new AdminPorts(
              new DynamoTenantStore(table.dynamo()),
              new DynamoGrantStore(table.dynamo()),
              new DynamoTokenStore(table.dynamo()),
              users,
              groups,
              new DynamoCredentials(table.dynamo()),
              new DynamoTenantErasure(
                  table.dynamo(), Clock.systemUTC(), Duration.ZERO, TenantDeletedHook.NONE),
              null,
              null,
              null,
              () -> TestTenant.PEPPER,
              Clock.systemUTC(),
              PublicBaseUrl.derived(),
              AdminPorts.ERASE_BUDGET));

  @Test
  void accessAndSummary_costTheSameForTenUsersAndFiveHundred() {
    Stats smallAccess = measure("small", 10, "access");
    Stats largeAccess = measure("large", 500, "access");
    Stats smallSummary = measure("small2", 10, "summary");
    Stats largeSummary = measure("large2", 500, "summary");

    System.out.println("access  (10 users): " + smallAccess);
    System.out.println("access (500 users): " + largeAccess);
    System.out.println("summary (10 users): " + smallSummary);
    System.out.println("summary(500 users): " + largeSummary);
    assertEquals(smallAccess.requests(), largeAccess.requests());
    assertEquals(smallAccess.itemsRead(), largeAccess.itemsRead());
    assertEquals(smallSummary.requests(), largeSummary.requests());
    // Counter shards are created as writes land on them, so a small tenant may have fewer.
    assertTrue(
        largeSummary.itemsRead() <= 2 + 2L * io.scimgate.store.dynamo.Keys.COUNTER_SHARDS,
        largeSummary.toString());
    assertEquals(0, largeAccess.requests("Scan") + largeSummary.requests("Scan"));
    // Tenant item + user (GetItem), memberships (Query), the store's check that those groups
    // exist (BatchGetItem), their grants (one BatchGetItem).
    assertEquals(2, largeAccess.requests("GetItem"));
    assertEquals(1, largeAccess.requests("Query"));
    assertEquals(2, largeAccess.requests("BatchGetItem"));
    assertEquals(5, largeAccess.totalRequests(), largeAccess.toString());
  }

  /** A tenant with n users, the measured one in three granting groups, everyone in a big group. */
  private Stats measure(String tenantId, int n, String what) {
    send("POST", "/admin/tenants", "{\"tenantId\":\"" + tenantId + "\"}");
    send("PUT", "/admin/tenants/" + tenantId + "/sync", "{\"enabled\":true}");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = UUID.randomUUID().toString();
      users.create(
          tenantId, id, AdminFixture.userDocument("u" + i + "@" + tenantId + ".test", true));
      ids.add(id);
    }
    String ada = ids.get(0);
    groups.create(tenantId, UUID.randomUUID().toString(), group("everyone"), ids);
    for (String role : List.of("reader", "contributor", "admin")) {
      String g = UUID.randomUUID().toString();
      groups.create(tenantId, g, group(role + "s"), List.of(ada));
      send(
          "PUT",
          "/admin/tenants/" + tenantId + "/groups/" + g + "/grants",
          "{\"grants\":[{\"community\":\"sales\",\"role\":\"" + role + "\"}]}");
    }
    table.counter().reset();
    String path =
        what.equals("access")
            ? "/admin/tenants/" + tenantId + "/users/" + ada + "/access"
            : "/admin/tenants/" + tenantId + "/summary";
    send("GET", path, null);
    return table.counter().stats();
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode group(String name) {
    com.fasterxml.jackson.databind.node.ObjectNode doc = Json.object();
    doc.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    doc.put("displayName", name);
    return doc;
  }

  private Reply send(String method, String path, String body) {
    Reply reply =
        AdminFixture.send(
            admin,
            AdminFixture.request(
                method, path, body, Map.of("authorization", "Bearer " + AdminFixture.ADMIN_TOKEN)));
    return expect(method.equals("POST") && path.endsWith("/tenants") ? 201 : 200, reply);
  }
}
