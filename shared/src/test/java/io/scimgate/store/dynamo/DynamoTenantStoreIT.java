package io.scimgate.store.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.json.Json;
import io.scimgate.store.RoleInUseException;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.UnknownRoleException;
import io.scimgate.testing.LocalDynamo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamoTenantStoreIT {
  private final Dynamo dynamo = LocalDynamo.freshTable();
  private final DynamoTenantStore tenants = new DynamoTenantStore(dynamo);
  private final DynamoGrantStore grants = new DynamoGrantStore(dynamo);
  private final DynamoGroupStore groups = new DynamoGroupStore(dynamo);

  @Test
  void create_once_thenDefaults() {
    Instant at = Instant.parse("2025-01-02T03:04:05Z");

    assertTrue(tenants.create("acme", at));
    assertFalse(tenants.create("acme", at));
    Tenant acme = tenants.get("acme").orElseThrow();

    assertEquals(at, acme.createdAt());
    assertFalse(acme.syncEnabled());
    assertEquals(RoleLadder.DEFAULT, acme.roles());
    assertEquals(List.of(), acme.defaultGrants());
    assertNull(acme.storedAttributes());
    assertTrue(tenants.get("globex").isEmpty());
  }

  @Test
  void settings_roundTrip_andAreRefusedForUnknownTenants() {
    tenants.create("acme", Instant.now());

    assertTrue(tenants.setSyncEnabled("acme", true));
    assertTrue(tenants.setRoles("acme", new RoleLadder(List.of("member", "owner"))));
    assertTrue(tenants.setDefaultGrants("acme", List.of(new Grant("news", "member"))));
    assertTrue(tenants.setStoredAttributes("acme", List.of("title")));
    Tenant acme = tenants.get("acme").orElseThrow();

    assertTrue(acme.syncEnabled());
    assertEquals(List.of("member", "owner"), acme.roles().roles());
    assertEquals(List.of(new Grant("news", "member")), acme.defaultGrants());
    assertEquals(List.of("title"), acme.storedAttributes());
    assertFalse(tenants.setSyncEnabled("globex", true));
    assertTrue(tenants.get("globex").isEmpty(), "a refused update creates nothing");
  }

  @Test
  void grants_putReplaceDelete_keepTheCounter() {
    tenants.create("acme", Instant.now());
    groups("acme", "g1", "g2");

    grants.put("acme", "g1", List.of(new Grant("sales", "admin")));
    grants.put("acme", "g1", List.of(new Grant("sales", "reader"), new Grant("news", "reader")));
    grants.put("acme", "g2", List.of(new Grant("x", "reader")));

    assertEquals(
        List.of(new Grant("sales", "reader"), new Grant("news", "reader")),
        grants.get("acme", "g1"));
    assertEquals(2, tenants.get("acme").orElseThrow().groupsWithGrants());
    assertEquals(
        Map.of("g2", List.of(new Grant("x", "reader"))),
        grants.ofGroups("acme", List.of("g2", "g3")));
    assertEquals(2, grants.all("acme").size());
    assertTrue(grants.delete("acme", "g1"));
    assertFalse(grants.delete("acme", "g1"));
    grants.put("acme", "g2", List.of());
    assertEquals(0, tenants.get("acme").orElseThrow().groupsWithGrants());
    assertEquals(List.of(), grants.get("acme", "g1"));
  }

  @Test
  void grants_batchReadOfManyGroups() {
    tenants.create("acme", Instant.now());
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 130; i++) {
      ids.add("g" + i);
      if (i % 2 == 0) {
        groups("acme", "g" + i);
        grants.put("acme", "g" + i, List.of(new Grant("c" + i, "reader")));
      }
    }

    assertEquals(65, grants.ofGroups("acme", ids).size());
  }

  @Test
  void grants_areIsolatedByTenant() {
    tenants.create("acme", Instant.now());
    tenants.create("globex", Instant.now());
    groups("acme", "g1");
    grants.put("acme", "g1", List.of(new Grant("sales", "admin")));

    assertEquals(List.of(), grants.get("globex", "g1"));
    assertTrue(grants.ofGroups("globex", List.of("g1")).isEmpty());
    assertTrue(grants.all("globex").isEmpty());
  }

  @Test
  void grants_forAMissingGroup_orARoleTheTenantLacks_writeNothing() {
    tenants.create("acme", Instant.now());
    groups("acme", "g1");
    assertTrue(tenants.setRoles("acme", new RoleLadder(List.of("member", "owner"))));

    assertFalse(grants.put("acme", "nope", List.of(new Grant("sales", "member"))));
    assertThrows(
        UnknownRoleException.class,
        () -> grants.put("acme", "g1", List.of(new Grant("sales", "admin"))));
    assertThrows(
        UnknownRoleException.class,
        () -> tenants.setDefaultGrants("acme", List.of(new Grant("s", "admin"))));
    assertEquals(Map.of(), grants.all("acme"));
    assertEquals(0, tenants.get("acme").orElseThrow().groupsWithGrants());
  }

  @Test
  void setRoles_refusesToDropARoleStillGranted_byAGroupOrTheDefaults() {
    tenants.create("acme", Instant.now());
    groups("acme", "g1");
    assertTrue(grants.put("acme", "g1", List.of(new Grant("sales", "admin"))));
    assertTrue(tenants.setDefaultGrants("acme", List.of(new Grant("news", "reader"))));

    RoleInUseException byGroup =
        assertThrows(
            RoleInUseException.class,
            () -> tenants.setRoles("acme", new RoleLadder(List.of("reader", "contributor"))));
    assertEquals("g1", byGroup.groupId());
    RoleInUseException byDefaults =
        assertThrows(
            RoleInUseException.class,
            () -> tenants.setRoles("acme", new RoleLadder(List.of("admin"))));
    assertNull(byDefaults.groupId());
    assertEquals(RoleLadder.DEFAULT, tenants.get("acme").orElseThrow().roles());
  }

  private void groups(String tenantId, String... ids) {
    for (String id : ids) {
      ObjectNode doc = Json.object();
      doc.put("displayName", id);
      groups.create(tenantId, id, doc, List.of());
    }
  }
}
