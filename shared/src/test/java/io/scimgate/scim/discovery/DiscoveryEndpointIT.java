package io.scimgate.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.testing.TestTenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscoveryEndpointIT {
  private static final String BASE = "https://scim.test/tenants/acme/scim/v2";
  private final TestTenant acme = TestTenant.create("acme");

  private HttpResponse get(String path) {
    return acme.components.discovery().handle(acme.scim("GET", path, null, Map.of()));
  }

  private static JsonNode json(HttpResponse response) throws Exception {
    return Json.parse(response.body());
  }

  @Test
  void serviceProviderConfig_advertisesWhatWorks() throws Exception {
    JsonNode config = json(get("/ServiceProviderConfig"));

    assertTrue(config.path("patch").path("supported").asBoolean());
    assertTrue(config.path("filter").path("supported").asBoolean());
    assertTrue(config.path("filter").path("maxResults").asInt() > 0);
    assertEquals(false, config.path("bulk").path("supported").asBoolean(true));
    assertEquals(false, config.path("changePassword").path("supported").asBoolean(true));
    assertEquals(
        "oauthbearertoken", config.path("authenticationSchemes").path(0).path("type").asText());
    assertEquals(BASE + "/ServiceProviderConfig", config.path("meta").path("location").asText());
  }

  @Test
  void resourceTypes_listUserWithEnterpriseExtensionAndGroup() throws Exception {
    JsonNode list = json(get("/ResourceTypes"));

    assertEquals(2, list.path("totalResults").asInt());
    JsonNode user = json(get("/ResourceTypes/User"));
    assertEquals(SchemaRegistry.USER, user.path("schema").asText());
    assertEquals(
        SchemaRegistry.ENTERPRISE_USER,
        user.path("schemaExtensions").path(0).path("schema").asText());
    assertEquals("/Groups", json(get("/ResourceTypes/Group")).path("endpoint").asText());
  }

  @Test
  void schemas_serveFullDefinitionsById() throws Exception {
    assertEquals(3, json(get("/Schemas")).path("totalResults").asInt());
    JsonNode user = json(get("/Schemas/" + SchemaRegistry.USER));
    assertEquals("User", user.path("name").asText());
    assertTrue(user.path("attributes").size() > 15, "all RFC 7643 §4.1 attributes");
    assertEquals(
        BASE + "/Schemas/" + SchemaRegistry.USER, user.path("meta").path("location").asText());
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET, /Schemas/urn:example:nope, 404",
    "GET, /ResourceTypes/Widget, 404",
    "GET, /Widgets, 404",
    "GET, /Users/a/b, 404",
    "POST, /ServiceProviderConfig, 405",
    "DELETE, /Schemas, 405",
    "DELETE, /Users, 405",
    "PUT, /Groups, 405",
    "GET, /Users/, 404",
    "GET, '', 404",
    "GET, /, 404",
    "POST, '', 404",
    "GET, /Me, 501",
    "PATCH, /Me, 501",
    "GET, /Me/x, 501",
    "POST, /.search, 501",
    "GET, /.search, 501",
  })
  void otherPathsAndMethods_answerScimErrors(String method, String path, int status)
      throws Exception {
    HttpResponse response =
        acme.components.discovery().handle(acme.scim(method, path, null, Map.of()));

    assertEquals(status, response.status());
    assertEquals(Integer.toString(status), json(response).path("status").asText());
    assertEquals("application/scim+json", response.headers().get("Content-Type"));
    if (status == 405) {
      assertTrue(response.headers().containsKey("Allow"));
    }
  }

  @Test
  void dotSearch_routedToTheIdRouteWithAnotherMethod_is405() throws Exception {
    for (String family : new String[] {"Users", "Groups"}) {
      var base = acme.scim("GET", "/" + family + "/.search");
      var params = new java.util.HashMap<>(base.pathParameters());
      params.put("id", ".search");
      var request =
          new io.scimgate.http.HttpRequest(
              "GET", base.path(), params, Map.of(), base.headers(), null, "r");
      var endpoint = family.equals("Users") ? acme.components.users() : acme.components.groups();

      HttpResponse response = endpoint.handle(request);

      assertEquals(405, response.status(), family);
      assertEquals("POST", response.headers().get("Allow"));
    }
  }

  @Test
  void discovery_requiresTheTenantToken() {
    var request = acme.scim("GET", "/ServiceProviderConfig");
    var headers = new java.util.HashMap<>(request.headers());
    headers.remove("authorization");
    var anonymous =
        new io.scimgate.http.HttpRequest(
            "GET", request.path(), request.pathParameters(), Map.of(), headers, null, "r");

    assertEquals(401, acme.components.discovery().handle(anonymous).status());
  }
}
