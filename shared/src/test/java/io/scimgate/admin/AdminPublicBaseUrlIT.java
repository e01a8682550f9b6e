package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.admin.AdminFixture.Reply;
import io.scimgate.http.PublicBaseUrl;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SCIM base URL the admin API hands out follows the configured public base URL. */
class AdminPublicBaseUrlIT {
  private final AdminFixture f = new AdminFixture();
  private final AdminFrontDoor admin =
      new AdminFrontDoor(
          new AdminAuthenticator(AdminFixture.ADMIN_TOKEN),
          f.ports(PublicBaseUrl.of("https://scim.example.com/v1/"), AdminPorts.ERASE_BUDGET));

  @Test
  void createAndGet_reportTheTenantBaseUnderThePublicUrl() {
    Map<String, String> auth = Map.of("authorization", "Bearer " + AdminFixture.ADMIN_TOKEN);
    Reply created =
        AdminFixture.send(
            admin,
            AdminFixture.request("POST", "/admin/tenants", "{\"tenantId\":\"globex\"}", auth));
    Reply read =
        AdminFixture.send(admin, AdminFixture.request("GET", "/admin/tenants/globex", null, auth));

    assertEquals(201, created.status(), created.json().toString());
    assertEquals("https://scim.example.com/v1/tenants/globex/scim/v2", created.text("scimBaseUrl"));
    assertEquals("https://scim.example.com/v1/tenants/globex/scim/v2", read.text("scimBaseUrl"));
  }

  @Test
  void derived_isTheHostTheCallerReached() {
    Reply created = f.call("POST", "/admin/tenants", "{\"tenantId\":\"initech\"}");

    assertEquals("https://api.example.test/tenants/initech/scim/v2", created.text("scimBaseUrl"));
  }
}
