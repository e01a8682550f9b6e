package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminRouterTest {
  private final AdminRouter router =
      new AdminRouter()
          .on(
              "GET",
              "tenants/{tenantId}",
              (r, p) -> new HttpResponse(200, Map.of(), p.get("tenantId")))
          .on(
              "PUT",
              "tenants/{tenantId}/groups/{groupId}/grants",
              (r, p) -> new HttpResponse(200, Map.of(), p.get("groupId")));

  @Test
  void matchesParameters_andDecodesSegments() {
    assertEquals("acme", router.route(request("GET", "/admin/tenants/acme")).body());
    assertEquals(
        "a b+c", router.route(request("PUT", "/admin/tenants/acme/groups/a%20b+c/grants")).body());
    assertEquals(
        "acme", router.route(request("GET", "/admin/tenants/acme/")).body(), "trailing slash");
  }

  @Test
  void unknownPath_throws404_knownPathOtherMethod_is405WithAllow() {
    AdminException e =
        assertThrows(
            AdminException.class, () -> router.route(request("GET", "/admin/tenants/acme/nope")));
    HttpResponse wrong = router.route(request("POST", "/admin/tenants/acme"));

    assertEquals(404, e.status());
    assertEquals(405, wrong.status());
    assertEquals("GET", wrong.headers().get("Allow"));
  }

  @Test
  void segments_areThoseAfterAdmin() {
    assertEquals(List.of("tenants", "x"), AdminRouter.segments("/admin/tenants/x"));
    assertEquals(List.of(), AdminRouter.segments("/admin"));
  }

  private static HttpRequest request(String method, String path) {
    return new HttpRequest(method, path, Map.of(), Map.of(), Map.of(), null, "r1");
  }
}
