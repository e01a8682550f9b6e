package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.deploy.TemplateFile;
import io.scimgate.deploy.TemplateFile.Route;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Route selection as API Gateway HTTP API does it: the most specific matching route wins. */
class RouteMatcherTest {
  private static final RouteMatcher PETS =
      new RouteMatcher(
          List.of(
              route("GET", "/pets"),
              route("GET", "/pets/dog/1"),
              route("GET", "/pets/dog/{id}"),
              route("GET", "/pets/{kind}/{id}"),
              route("DELETE", "/pets/{kind}/{id}"),
              route("ANY", "/pets/{kind}/{id}"),
              route("GET", "/pets/{proxy+}"),
              route("ANY", "/{proxy+}")));

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET,    /pets,          GET /pets",
    "GET,    /pets/dog/1,    GET /pets/dog/1",
    "GET,    /pets/dog/2,    GET /pets/dog/{id}",
    "GET,    /pets/cat/2,    GET /pets/{kind}/{id}",
    "DELETE, /pets/cat/2,    DELETE /pets/{kind}/{id}",
    "PATCH,  /pets/cat/2,    ANY /pets/{kind}/{id}",
    "PATCH,  /pets/dog/1,    ANY /pets/{kind}/{id}",
    "GET,    /pets/a/b/c,    GET /pets/{proxy+}",
    "POST,   /pets/a/b/c,    ANY /{proxy+}",
    "POST,   /pets,          ANY /{proxy+}",
    "GET,    /pets/,         ANY /{proxy+}",
    "GET,    /other,         ANY /{proxy+}",
  })
  void mostSpecificRouteWins(String method, String path, String routeKey) {
    assertEquals(
        routeKey, PETS.match(method, RouteMatcher.segments(path)).orElseThrow().routeKey());
  }

  @Test
  void literalBeatsParameter_evenWhenDeclaredLater() {
    RouteMatcher matcher =
        new RouteMatcher(List.of(route("GET", "/users/{id}"), route("GET", "/users/.search")));

    assertEquals("GET /users/.search", key(matcher, "GET", "/users/.search"));
    assertEquals("GET /users/{id}", key(matcher, "GET", "/users/42"));
  }

  @Test
  void exactMethodBeatsAny_onTheSameTemplate() {
    RouteMatcher matcher =
        new RouteMatcher(List.of(route("ANY", "/items/{id}"), route("PUT", "/items/{id}")));

    assertEquals("PUT /items/{id}", key(matcher, "PUT", "/items/1"));
    assertEquals("ANY /items/{id}", key(matcher, "OPTIONS", "/items/1"));
  }

  @Test
  void longerGreedyPrefixWins() {
    RouteMatcher matcher =
        new RouteMatcher(List.of(route("ANY", "/{proxy+}"), route("ANY", "/admin/{proxy+}")));

    assertEquals("ANY /admin/{proxy+}", key(matcher, "GET", "/admin/tenants/x"));
    assertEquals("ANY /{proxy+}", key(matcher, "GET", "/administrator"));
  }

  @Test
  void greedyVariable_isNamedProxyAndKeepsTheRestOfThePath() {
    var match = PETS.match("GET", RouteMatcher.segments("/pets/a/b/c")).orElseThrow();

    assertEquals(Map.of("proxy", "a/b/c"), match.pathParameters());
  }

  @Test
  void parameters_takeTheirSegments() {
    var match = PETS.match("DELETE", List.of("pets", "cat", "tom")).orElseThrow();

    assertEquals(Map.of("kind", "cat", "id", "tom"), match.pathParameters());
  }

  @Test
  void trailingSlash_isADifferentPath_soWithoutACatchAllItIs404() {
    RouteMatcher matcher =
        new RouteMatcher(List.of(route("GET", "/pets"), route("GET", "/pets/{id}")));

    assertTrue(matcher.match("GET", RouteMatcher.segments("/pets/")).isEmpty());
    assertTrue(matcher.match("GET", RouteMatcher.segments("/pets//x")).isEmpty());
    assertTrue(matcher.match("POST", RouteMatcher.segments("/pets")).isEmpty());
  }

  @Test
  void greedyVariable_needsAtLeastOneCharacter() {
    RouteMatcher matcher = new RouteMatcher(List.of(route("ANY", "/admin/{proxy+}")));

    assertTrue(matcher.match("GET", RouteMatcher.segments("/admin")).isEmpty());
    assertTrue(matcher.match("GET", RouteMatcher.segments("/admin/")).isEmpty());
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET,    /tenants/demo/scim/v2/Users,              GET /tenants/{tenantId}/scim/v2/Users",
    "POST,   /tenants/demo/scim/v2/Users/.search,      POST /tenants/{tenantId}/scim/v2/Users/.search",
    "GET,    /tenants/demo/scim/v2/Users/.search,      GET /tenants/{tenantId}/scim/v2/Users/{id}",
    "PATCH,  /tenants/demo/scim/v2/Groups/g1,          PATCH /tenants/{tenantId}/scim/v2/Groups/{id}",
    "GET,    /tenants/demo/scim/v2/ResourceTypes/User, GET /tenants/{tenantId}/scim/v2/ResourceTypes/{id}",
    "DELETE, /tenants/demo/scim/v2/Users,              ANY /tenants/{tenantId}/scim/v2/{proxy+}",
    "GET,    /tenants/demo/scim/v2/Nope,               ANY /tenants/{tenantId}/scim/v2/{proxy+}",
    "GET,    /tenants/demo/scim/v2/Users/1/extra,      ANY /tenants/{tenantId}/scim/v2/{proxy+}",
    "GET,    /tenants/demo/scim/v2,                    ANY /tenants/{tenantId}/scim/v2",
    "DELETE, /admin/tenants/demo/tokens/t1,            DELETE /admin/tenants/{tenantId}/tokens/{tokenId}",
    "GET,    /admin/whatever,                          ANY /admin/{proxy+}",
  })
  void templateRoutes(String method, String path, String routeKey) throws Exception {
    assertEquals(routeKey, key(templateRoutes(), method, path));
  }

  private static RouteMatcher templateRoutes() throws Exception {
    return new RouteMatcher(TemplateFile.read(TemplateFile.locate(Path.of(""))).routes());
  }

  private static String key(RouteMatcher matcher, String method, String path) {
    return matcher.match(method, RouteMatcher.segments(path)).orElseThrow().routeKey();
  }

  private static Route route(String method, String path) {
    return new Route("Fn", method, path, "Handler");
  }
}
