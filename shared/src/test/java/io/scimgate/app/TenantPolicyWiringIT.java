package io.scimgate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.access.Grant;
import io.scimgate.json.Json;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.testing.TestTenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin side's settings reach the SCIM endpoints through {@link Components}. */
class TenantPolicyWiringIT {
  private final TestTenant acme = TestTenant.create("acme");
  private final DynamoTenantStore tenants = new DynamoTenantStore(acme.dynamo);

  TenantPolicyWiringIT() {
    tenants.create("acme", Instant.now());
  }

  private JsonNode call(io.scimgate.http.Endpoint endpoint, String method, String path, String body)
      throws Exception {
    var response = endpoint.handle(acme.scim(method, path, body, Map.of()));
    return response.body() == null ? Json.object() : Json.parse(response.body());
  }

  @Test
  void attributePolicy_dropsOptionalAttributesOnWrite_andDiscoverySaysSo() throws Exception {
    tenants.setStoredAttributes("acme", List.of("title"));

    JsonNode user =
        call(
            acme.components.users(),
            "POST",
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "userName":"kept@example.com","title":"Engineer","nickName":"Dropped",
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D"}}
            """);

    assertEquals("Engineer", user.path("title").asText());
    assertFalse(user.has("nickName"));
    assertFalse(user.has(SchemaRegistry.ENTERPRISE_USER));

    List<String> served = new ArrayList<>();
    call(acme.components.discovery(), "GET", "/Schemas/" + SchemaRegistry.USER, null)
        .path("attributes")
        .forEach(a -> served.add(a.path("name").asText()));
    assertTrue(served.containsAll(List.of("userName", "name", "emails", "active", "title")));
    assertFalse(served.contains("nickName"));
    assertEquals(
        "404",
        call(acme.components.discovery(), "GET", "/Schemas/" + SchemaRegistry.ENTERPRISE_USER, null)
            .path("status")
            .asText());
    assertEquals(
        0,
        call(acme.components.discovery(), "GET", "/ResourceTypes/User", null)
            .path("schemaExtensions")
            .size());
  }

  @Test
  void deletingAGroup_removesItsGrants() throws Exception {
    String groupId =
        call(
                acme.components.groups(),
                "POST",
                "/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Sales admins\"}")
            .path("id")
            .asText();
    DynamoGrantStore grants = new DynamoGrantStore(acme.dynamo);
    grants.put("acme", groupId, List.of(new Grant("sales", "admin")));

    call(acme.components.groups(), "DELETE", "/Groups/" + groupId, null);

    assertTrue(grants.get("acme", groupId).isEmpty());
    assertEquals(0, tenants.get("acme").orElseThrow().groupsWithGrants());
  }
}
