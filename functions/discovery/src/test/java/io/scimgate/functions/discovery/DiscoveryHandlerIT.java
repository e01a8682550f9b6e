package io.scimgate.functions.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import io.scimgate.testing.EventFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Discovery function driven by the {@code events/} fixtures, as Lambda would call it. */
class DiscoveryHandlerIT {
  private final DiscoveryHandler handler =
      new DiscoveryHandler(EventFixtures.componentsAcceptingFixtureToken());

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "discovery-service-provider-config.json, 200, urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
    "discovery-resource-types.json, 200, urn:ietf:params:scim:api:messages:2.0:ListResponse",
    "discovery-resource-type-user.json, 200, urn:ietf:params:scim:schemas:core:2.0:ResourceType",
    "discovery-schemas.json, 200, urn:ietf:params:scim:api:messages:2.0:ListResponse",
    "discovery-schema-user.json, 200, urn:ietf:params:scim:schemas:core:2.0:Schema",
    "discovery-schema-unknown-404.json, 404, urn:ietf:params:scim:api:messages:2.0:Error",
    "catch-all-unknown-path-404.json, 404, urn:ietf:params:scim:api:messages:2.0:Error",
    "catch-all-delete-users-collection-405.json, 405, urn:ietf:params:scim:api:messages:2.0:Error",
    "catch-all-scim-base-404.json, 404, urn:ietf:params:scim:api:messages:2.0:Error",
    "catch-all-me-501.json, 501, urn:ietf:params:scim:api:messages:2.0:Error",
    "catch-all-root-search-501.json, 501, urn:ietf:params:scim:api:messages:2.0:Error",
    "discovery-no-token-401.json, 401, urn:ietf:params:scim:api:messages:2.0:Error",
  })
  void fixture_answersAsApiGatewayExpects(String fixture, int status, String schema)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(EventFixtures.bytes(fixture)), out, null);

    JsonNode response = EventFixtures.response(out.toByteArray());
    assertEquals(status, response.path("statusCode").asInt());
    assertEquals("application/scim+json", response.path("headers").path("Content-Type").asText());
    JsonNode body = Json.parse(response.path("body").asText());
    assertEquals(schema, body.path("schemas").path(0).asText());
  }
}
