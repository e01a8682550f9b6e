package io.scimgate.scim.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.testing.TestTenant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticationIT {
  private final TestTenant acme = TestTenant.create("acme");
  private final TestTenant globex = acme.sibling("globex");

  @Test
  void listUsers_withTenantToken_returnsEmptyListResponseFromDynamo() throws Exception {
    HttpResponse response = acme.components.users().handle(acme.scim("GET", "/Users"));

    assertEquals(200, response.status());
    assertEquals("application/scim+json", response.headers().get("Content-Type"));
    JsonNode body = Json.parse(response.body());
    assertEquals(ListResponses.LIST_URN, body.path("schemas").path(0).asText());
    assertEquals(0, body.path("totalResults").asInt(-1));
    assertTrue(body.path("Resources").isArray());
  }

  @Test
  void missingToken_is401WithBearerChallenge() throws Exception {
    HttpResponse response =
        acme.components.users().handle(withAuthorization(acme.scim("GET", "/Users"), null));

    assertUnauthorized(response);
  }

  @Test
  void malformedOrUnknownToken_is401() throws Exception {
    for (String header :
        new String[] {"Bearer", "Basic abc", "Bearer nope", "Bearer scim_" + "A".repeat(43)}) {
      assertUnauthorized(
          acme.components.users().handle(withAuthorization(acme.scim("GET", "/Users"), header)));
    }
  }

  @Test
  void anotherTenantsToken_is401() throws Exception {
    HttpRequest request = withAuthorization(acme.scim("GET", "/Users"), "Bearer " + globex.token);

    assertUnauthorized(acme.components.users().handle(request));
  }

  @Test
  void tenantIdOutsideTheAllowedShape_is401BeforeAnyKeyIsBuilt() throws Exception {
    HttpRequest good = acme.scim("GET", "/Users");
    java.util.Map<String, String> params = new java.util.HashMap<>(good.pathParameters());
    params.put("tenantId", "ACME#x");
    HttpRequest bad =
        new HttpRequest(
            "GET",
            "/tenants/ACME%23x/scim/v2/Users",
            params,
            good.query(),
            good.headers(),
            null,
            "r");

    assertUnauthorized(acme.components.users().handle(bad));
  }

  @Test
  void secondToken_worksAlongsideTheFirst() {
    String second = acme.addToken();
    HttpRequest request = withAuthorization(acme.scim("GET", "/Users"), "bearer " + second);

    assertEquals(200, acme.components.users().handle(request).status());
    assertEquals(200, acme.components.users().handle(acme.scim("GET", "/Users")).status());
  }

  private static void assertUnauthorized(HttpResponse response) throws Exception {
    assertEquals(401, response.status());
    assertTrue(response.headers().get("WWW-Authenticate").startsWith("Bearer"));
    JsonNode body = Json.parse(response.body());
    assertEquals("401", body.path("status").asText());
    assertEquals(ErrorResponses.ERROR_URN, body.path("schemas").path(0).asText());
  }

  private static HttpRequest withAuthorization(HttpRequest request, String value) {
    Map<String, String> headers = new HashMap<>(request.headers());
    headers.remove("authorization");
    if (value != null) {
      headers.put("authorization", value);
    }
    return new HttpRequest(
        request.method(),
        request.path(),
        request.pathParameters(),
        request.query(),
        headers,
        request.body(),
        request.requestId());
  }
}
