package io.scimgate.functions.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.app.Components;
import io.scimgate.json.Json;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.store.dynamo.Keys;
import io.scimgate.testing.EventFixtures;
import io.scimgate.testing.TableCounts;
import io.scimgate.testing.TestTenant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceHandlerIT {

  @Test
  void scheduledSweep_finishesAGroupDeleteThatRanOutOfBudget() throws Exception {
    TestTenant acme = TestTenant.create("acme");
    DynamoUserStore users = new DynamoUserStore(acme.dynamo);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ObjectNode user = Json.object().put("userName", "user" + i);
      user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
      ids.add(users.create("acme", "u" + i, user).id());
    }
    DynamoGroupStore noBudget = new DynamoGroupStore(acme.dynamo, Clock.systemUTC(), 100_000, 0);
    noBudget.create("acme", "g1", Json.object().put("displayName", "Everyone"), ids);
    noBudget.delete("acme", "g1");
    assertTrue(membershipItems(acme) > 0, "the zero budget left memberships behind");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MaintenanceHandler(acme.components)
        .handleRequest(
            new ByteArrayInputStream(EventFixtures.bytes("maintenance-scheduled-sweep.json")),
            out,
            null);

    assertEquals(0, Json.parse(out.toString()).path("pending").asInt(-1));
    assertEquals(0, membershipItems(acme));
  }

  @Test
  void scheduledSweep_finishesATenantErasure_afterItsSettleTime() throws Exception {
    TestTenant acme = TestTenant.create("acme");
    new DynamoTenantStore(acme.dynamo).create("acme", Instant.now());
    DynamoUserStore users = new DynamoUserStore(acme.dynamo);
    for (int i = 0; i < 30; i++) {
      ObjectNode user = Json.object().put("userName", "user" + i);
      user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
      users.create("acme", "u" + i, user);
    }
    DynamoTenantErasure erasure =
        new DynamoTenantErasure(
            acme.dynamo, Clock.systemUTC(), Duration.ofMinutes(1), TenantDeletedHook.NONE);
    erasure.begin("acme");
    // The schedule runs later than the settle time: a clock two minutes ahead stands for that.
    Components later =
        Components.withDefaults(
            acme.dynamo,
            () -> TestTenant.PEPPER,
            Duration.ofSeconds(30),
            Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new MaintenanceHandler(later)
        .handleRequest(
            new ByteArrayInputStream(EventFixtures.bytes("maintenance-scheduled-sweep.json")),
            out,
            null);

    assertEquals(0, Json.parse(out.toString()).path("erasing").asInt(-1), out.toString());
    assertTrue(erasure.progress("acme").isEmpty());
    long left = TableCounts.scanPrefix(acme.dynamo, Keys.tenant("acme"));
    assertEquals(0, left, "a scan (test only) finds nothing under T#acme#");
  }

  private static long membershipItems(TestTenant tenant) {
    return TableCounts.partition(tenant.dynamo, Keys.members("acme", "g1"));
  }
}
