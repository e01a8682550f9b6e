package io.scimgate.requestlog;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.app.Components;
import io.scimgate.app.ObserveSettings;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.MutableClock;
import io.scimgate.testing.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Admin API and SCIM /Users of one {@link Components} over DynamoDB Local, with a movable clock.
 */
final class RequestLogFixture {
  static final String ADMIN = "request-log-admin-token";
  static final String OKTA = "Okta SCIM Client 1.0.0";
  static final String ENTRA = "Microsoft.Identity.Provisioning";

  final Dynamo dynamo = LocalDynamo.freshTable();
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
  final Components components;
  final Endpoint admin;
  final Endpoint users;

  RequestLogFixture() {
    System.setProperty("scimgate.adminToken", ADMIN);
    // A generous recording budget: these tests check what is recorded, not how fast (a loaded
    // test machine can take longer than the production budget; RecorderBoundIT checks that).
    components =
        new Components(
            dynamo,
            () -> TestTenant.PEPPER,
            Duration.ofSeconds(30),
            clock,
            new ObserveSettings(Duration.ofDays(14), Duration.ofSeconds(10), false),
            PublicBaseUrl.derived());
    admin = components.admin();
    users = components.users();
  }

  /** Creates a tenant; returns its token. */
  String tenant(String id) throws Exception {
    return json(admin("POST", "/admin/tenants", "{\"tenantId\":\"" + id + "\"}"))
        .path("token")
        .asText();
  }

  HttpResponse admin(String method, String path, String body) {
    Map<String, String> headers =
        new HashMap<>(Map.of("authorization", "Bearer " + ADMIN, "host", "admin.test"));
    if (body != null) {
      headers.put("content-type", "application/json");
    }
    String[] pathAndQuery = path.split("\\?", 2);
    Map<String, String> query = new HashMap<>();
    if (pathAndQuery.length > 1) {
      for (String pair : pathAndQuery[1].split("&")) {
        String[] kv = pair.split("=", 2);
        query.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return admin.handle(
        new HttpRequest(
            method, pathAndQuery[0], Map.of(), query, headers, body, UUID.randomUUID().toString()));
  }

  /** A SCIM /Users request as an IdP with that user agent sends it. */
  HttpResponse scim(
      String tenant, String token, String agent, String method, String pathUnderBase, String body) {
    Map<String, String> headers =
        new HashMap<>(
            Map.of("authorization", "Bearer " + token, "host", "scim.test", "user-agent", agent));
    if (body != null) {
      headers.put("content-type", "application/scim+json");
    }
    Map<String, String> params = new HashMap<>(Map.of("tenantId", tenant));
    String[] parts = pathUnderBase.split("/");
    if (parts.length >= 3) {
      params.put("id", parts[2]);
    }
    return users.handle(
        new HttpRequest(
            method,
            "/tenants/" + tenant + "/scim/v2" + pathUnderBase,
            params,
            Map.of(),
            headers,
            body,
            UUID.randomUUID().toString()));
  }

  static JsonNode json(HttpResponse response) throws Exception {
    return Json.parse(response.body());
  }

  static String user(String userName, String password) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + userName
        + "\",\"password\":\""
        + password
        + "\",\"active\":true}";
  }
}
