package io.scimgate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.app.Components;
import io.scimgate.app.ObserveSettings;
import io.scimgate.json.Json;
import io.scimgate.testing.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a custom domain with a base-path mapping, every URL a response carries is under the
 * configured public base URL, not the host and path API Gateway saw (issue 8, item 8).
 */
class PublicBaseUrlIT {
  private static final String PUBLIC = "https://scim.example.com/v1";
  private static final String BASE = PUBLIC + "/tenants/acme/scim/v2";

  private final TestTenant acme = TestTenant.create("acme");
  private final Components components =
      new Components(
          acme.dynamo,
          () -> TestTenant.PEPPER,
          Duration.ofSeconds(30),
          Clock.systemUTC(),
          ObserveSettings.DEFAULTS,
          PublicBaseUrl.of(PUBLIC));

  @Test
  void createdUser_locationAndMetaLocationAreUnderThePublicBase() throws Exception {
    HttpResponse created =
        components
            .users()
            .handle(
                acme.scim(
                    "POST",
                    "/Users",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"ada\"}",
                    Map.of()));

    assertEquals(201, created.status(), created.body());
    JsonNode user = Json.parse(created.body());
    String expected = BASE + "/Users/" + user.path("id").asText();
    assertEquals(expected, location(created));
    assertEquals(expected, user.path("meta").path("location").asText());
  }

  @Test
  void groupMemberRefsAreUnderThePublicBase() throws Exception {
    String userId =
        Json.parse(
                components
                    .users()
                    .handle(
                        acme.scim(
                            "POST",
                            "/Users",
                            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"bo\"}",
                            Map.of()))
                    .body())
            .path("id")
            .asText();

    HttpResponse created =
        components
            .groups()
            .handle(
                acme.scim(
                    "POST",
                    "/Groups",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"G\","
                        + "\"members\":[{\"value\":\""
                        + userId
                        + "\"}]}",
                    Map.of()));
    String groupId = Json.parse(created.body()).path("id").asText();
    JsonNode group =
        Json.parse(components.groups().handle(acme.scim("GET", "/Groups/" + groupId)).body());

    assertEquals(BASE + "/Groups/" + groupId, group.path("meta").path("location").asText());
    assertEquals(BASE + "/Users/" + userId, group.path("members").path(0).path("$ref").asText());
  }

  @Test
  void discoveryDocumentsAreLocatedUnderThePublicBase() throws Exception {
    JsonNode config =
        Json.parse(
            components.discovery().handle(acme.scim("GET", "/ServiceProviderConfig")).body());

    assertEquals(BASE + "/ServiceProviderConfig", config.path("meta").path("location").asText());
  }

  @Test
  void withoutAPublicBase_urlsFollowTheRequestAsBefore() throws Exception {
    Components derived =
        Components.withDefaults(
            acme.dynamo, () -> TestTenant.PEPPER, Duration.ofSeconds(30), Clock.systemUTC());
    HttpResponse created =
        derived
            .users()
            .handle(
                acme.scim(
                    "POST",
                    "/Users",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"cy\"}",
                    Map.of()));

    assertEquals(
        "https://scim.test/tenants/acme/scim/v2/Users/"
            + Json.parse(created.body()).path("id").asText(),
        location(created));
  }

  private static String location(HttpResponse response) {
    return response.headers().entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("location"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
