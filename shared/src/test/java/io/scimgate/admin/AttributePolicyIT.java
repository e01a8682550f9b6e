package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.store.dynamo.DynamoTenantStore;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AttributePolicyIT {
  private final AdminFixture f = new AdminFixture();

  @Test
  void putPolicy_storesCanonicalNames_andRejectsUnknownOnes() {
    f.tenant("acme");

    JsonNode policy =
        expect(
                200,
                f.call(
                    "PUT",
                    "/admin/tenants/acme/attribute-policy",
                    "{\"store\":[\"title\",\"PhoneNumbers\"]}"))
            .json();

    assertEquals("[\"title\",\"phoneNumbers\"]", policy.path("store").toString());
    assertTrue(policy.path("alwaysStored").toString().contains("userName"));
    assertEquals(
        policy.path("store"),
        f.call("GET", "/admin/tenants/acme").json().path("attributePolicy").path("store"));
    assertEquals(
        400,
        f.call("PUT", "/admin/tenants/acme/attribute-policy", "{\"store\":[\"shoeSize\"]}")
            .status());
    assertEquals(
        400,
        f.call("PUT", "/admin/tenants/acme/attribute-policy", "{\"store\":\"title\"}").status());
  }

  @Test
  void storedAttributes_followsThePolicyWithinItsCacheTtl() {
    f.tenant("acme");
    StoredAttributes stored =
        new StoredAttributes(new DynamoTenantStore(f.dynamo), Duration.ofSeconds(30), f.clock);
    assertTrue(stored.apply("acme").test("nickName"), "no policy: everything is kept");

    expect(200, f.call("PUT", "/admin/tenants/acme/attribute-policy", "{\"store\":[\"title\"]}"));
    assertTrue(stored.apply("acme").test("nickName"), "cached");
    f.clock.advance(Duration.ofSeconds(31));
    Predicate<String> keep = stored.apply("acme");

    assertFalse(keep.test("nickName"));
    assertTrue(keep.test("title"));
    assertTrue(keep.test("emails"));
    assertTrue(stored.apply("unknown-tenant").test("nickName"));
  }
}
