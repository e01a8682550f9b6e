package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.deploy.TemplateFile.Route;
import io.scimgate.http.HttpRequest;
import io.scimgate.lambda.HttpApiEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The API Gateway HTTP API payload format 2.0 event the local gateway hands a function. */
class EventBuilderTest {
  private static final Instant NOW = Instant.parse("2026-03-12T19:03:58.123Z");
  private static final RouteMatcher MATCHER =
      new RouteMatcher(
          List.of(
              new Route("UsersFunction", "GET", "/tenants/{tenantId}/scim/v2/Users/{id}", "H"),
              new Route("UsersFunction", "POST", "/tenants/{tenantId}/scim/v2/Users", "H"),
              new Route("DiscoveryFunction", "ANY", "/tenants/{tenantId}/scim/v2/{proxy+}", "D")));

  @Test
  void envelope_isPayloadVersion2WithRouteKeyAndRequestContext() {
    JsonNode event = build(get("/tenants/acme/scim/v2/Users/42", "a=1", Map.of()));

    assertEquals("2.0", event.path("version").asText());
    assertEquals("GET /tenants/{tenantId}/scim/v2/Users/{id}", event.path("routeKey").asText());
    assertEquals("/tenants/acme/scim/v2/Users/42", event.path("rawPath").asText());
    assertEquals("a=1", event.path("rawQueryString").asText());
    JsonNode context = event.path("requestContext");
    assertEquals("GET", context.path("http").path("method").asText());
    assertEquals("/tenants/acme/scim/v2/Users/42", context.path("http").path("path").asText());
    assertEquals("HTTP/1.1", context.path("http").path("protocol").asText());
    assertEquals("127.0.0.1", context.path("http").path("sourceIp").asText());
    assertEquals("curl/8", context.path("http").path("userAgent").asText());
    assertEquals("req-1", context.path("requestId").asText());
    assertEquals(event.path("routeKey"), context.path("routeKey"));
    assertEquals("$default", context.path("stage").asText());
    assertEquals("localhost", context.path("domainName").asText());
    assertEquals("12/Mar/2026:19:03:58 +0000", context.path("time").asText());
    assertEquals(NOW.toEpochMilli(), context.path("timeEpoch").asLong());
  }

  @Test
  void headers_areLowerCasedAndRepeatedOnesJoinedWithCommas() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Accept", List.of("application/scim+json", "application/json"));
    headers.put("X-Custom", List.of("one", "two"));

    JsonNode h = build(get("/tenants/acme/scim/v2/Users/42", null, headers)).path("headers");

    assertEquals("application/scim+json,application/json", h.path("accept").asText());
    assertEquals("one,two", h.path("x-custom").asText());
    assertFalse(h.has("Accept"));
    assertEquals("http", h.path("x-forwarded-proto").asText());
    assertEquals("8080", h.path("x-forwarded-port").asText());
    assertEquals("127.0.0.1", h.path("x-forwarded-for").asText());
  }

  @Test
  void cookies_moveFromTheCookieHeaderToTheCookiesArray() {
    JsonNode event =
        build(get("/tenants/acme/scim/v2/Users/42", null, Map.of("Cookie", List.of("a=1; b=2"))));

    assertFalse(event.path("headers").has("cookie"));
    assertEquals("a=1", event.path("cookies").path(0).asText());
    assertEquals("b=2", event.path("cookies").path(1).asText());
  }

  @Test
  void query_repeatedKeysJoinedWithCommas_valuesDecoded_rawStringKept() {
    String raw = "filter=userName%20eq%20%22bjensen%22&attributes=a&attributes=b&aadOptscim062020";

    JsonNode event = build(get("/tenants/acme/scim/v2/Users/42", raw, Map.of()));

    JsonNode q = event.path("queryStringParameters");
    assertEquals("userName eq \"bjensen\"", q.path("filter").asText());
    assertEquals("a,b", q.path("attributes").asText());
    assertEquals("", q.path("aadOptscim062020").asText());
    assertEquals(raw, event.path("rawQueryString").asText());
  }

  @Test
  void noQuery_noQueryStringParametersAndEmptyRawQueryString() {
    JsonNode event = build(get("/tenants/acme/scim/v2/Users/42", null, Map.of()));

    assertFalse(event.has("queryStringParameters"));
    assertEquals("", event.path("rawQueryString").asText());
  }

  @Test
  void pathParameters_areDecoded_andTheGreedyOneIsNamedProxy() {
    JsonNode named = build(get("/tenants/acme/scim/v2/Users/a%20b", null, Map.of()));
    JsonNode greedy = build(get("/tenants/acme/scim/v2/Schemas/urn:x/y", null, Map.of()));

    assertEquals("acme", named.path("pathParameters").path("tenantId").asText());
    assertEquals("a b", named.path("pathParameters").path("id").asText());
    assertEquals("/tenants/acme/scim/v2/Users/a b", named.path("rawPath").asText());
    assertEquals("Schemas/urn:x/y", greedy.path("pathParameters").path("proxy").asText());
    assertEquals("ANY /tenants/{tenantId}/scim/v2/{proxy+}", greedy.path("routeKey").asText());
  }

  @Test
  void jsonBody_isPassedAsText() {
    String json = "{\"userName\":\"bjensen\"}";
    JsonNode event =
        build(post("application/scim+json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8)));

    assertFalse(event.path("isBase64Encoded").asBoolean());
    assertEquals(json, event.path("body").asText());
  }

  @Test
  void binaryBody_isBase64Encoded() {
    byte[] bytes = {0, 1, 2, (byte) 0xff};
    JsonNode event = build(post("application/octet-stream", bytes));

    assertTrue(event.path("isBase64Encoded").asBoolean());
    assertEquals(Base64.getEncoder().encodeToString(bytes), event.path("body").asText());
  }

  @Test
  void jsonBodyNotUtf8_isBase64Encoded_soTheFunctionSeesTheBytes() {
    byte[] bytes = {'{', '"', (byte) 0xff, '"', '}'};
    JsonNode event = build(post("application/scim+json", bytes));

    assertTrue(event.path("isBase64Encoded").asBoolean());
    assertEquals(Base64.getEncoder().encodeToString(bytes), event.path("body").asText());
  }

  @Test
  void noBody_hasNoBodyField() {
    JsonNode event = build(get("/tenants/acme/scim/v2/Users/42", null, Map.of()));

    assertFalse(event.has("body"));
    assertFalse(event.path("isBase64Encoded").asBoolean());
  }

  @Test
  void theServicesOwnAdapterReadsTheEvent() {
    Map<String, List<String>> headers = Map.of("Authorization", List.of("Bearer x"));
    JsonNode event = build(get("/tenants/acme/scim/v2/Users/42", "count=5", headers));

    HttpRequest request = HttpApiEvents.toRequest(event);

    assertEquals("GET", request.method());
    assertEquals("/tenants/acme/scim/v2/Users/42", request.path());
    assertEquals("42", request.pathParam("id").orElseThrow());
    assertEquals("5", request.queryParam("count").orElseThrow());
    assertEquals("Bearer x", request.header("Authorization").orElseThrow());
    assertEquals("req-1", request.requestId());
  }

  private static JsonNode build(IncomingRequest request) {
    RouteMatcher.Match match =
        MATCHER.match(request.method(), request.pathSegments()).orElseThrow();
    return new EventBuilder(8080).build(request, match, "req-1", NOW);
  }

  private static IncomingRequest get(
      String rawPath, String rawQuery, Map<String, List<String>> extraHeaders) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("localhost:8080"));
    headers.put("User-agent", List.of("curl/8"));
    headers.putAll(extraHeaders);
    return new IncomingRequest(
        "GET", rawPath, rawQuery, headers, new byte[0], "127.0.0.1", "HTTP/1.1");
  }

  private static IncomingRequest post(String contentType, byte[] body) {
    return new IncomingRequest(
        "POST",
        "/tenants/acme/scim/v2/Users",
        null,
        Map.of("Host", List.of("localhost:8080"), "Content-type", List.of(contentType)),
        body,
        "127.0.0.1",
        "HTTP/1.1");
  }
}
