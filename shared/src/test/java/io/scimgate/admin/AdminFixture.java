package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.app.Components;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.json.Json;
import io.scimgate.requestlog.DirectoryHealth;
import io.scimgate.requestlog.DynamoRequestLog;
import io.scimgate.requestlog.Observations;
import io.scimgate.requestlog.TenantObservations;
import io.scimgate.requestlog.TokenLastUse;
import io.scimgate.store.GroupStore;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoCredentials;
import io.scimgate.store.dynamo.DynamoDirectoryReader;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.MutableClock;
import io.scimgate.testing.TestTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The admin API over a fresh DynamoDB Local table, with a hand-moved clock and the SCIM users
 * endpoint of the same {@link Components}, so admin actions can be checked against SCIM calls.
 */
final class AdminFixture {
  static final String ADMIN_TOKEN = "local-admin-token-for-tests";
  static final Duration TOKEN_TTL = Duration.ofSeconds(30);

  final Dynamo dynamo = LocalDynamo.freshTable();
  final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
  final DynamoUserStore users = new DynamoUserStore(dynamo, clock, 100_000);
  final GroupStore groups =
      new DynamoGroupStore(dynamo, clock, 100_000, DynamoGroupStore.DELETE_BUDGET_MILLIS);

  /** How long an erasure waits for requests admitted before it (the production value's shape). */
  static final Duration ERASE_SETTLE = TOKEN_TTL.plus(Duration.ofSeconds(30));

  final DynamoTenantErasure erasure =
      new DynamoTenantErasure(dynamo, clock, ERASE_SETTLE, TenantDeletedHook.NONE);
  final AdminPorts ports = ports(PublicBaseUrl.derived(), AdminPorts.ERASE_BUDGET);
  final AdminFrontDoor admin = new AdminFrontDoor(new AdminAuthenticator(ADMIN_TOKEN), ports);
  final Components components =
      Components.withDefaults(dynamo, () -> TestTenant.PEPPER, TOKEN_TTL, clock);

  /** This fixture's stores and observations, with {@code publicBaseUrl} and {@code eraseBudget}. */
  AdminPorts ports(PublicBaseUrl publicBaseUrl, Duration eraseBudget) {
    return new AdminPorts(
        new DynamoTenantStore(dynamo),
        new DynamoGrantStore(dynamo),
        new DynamoTokenStore(dynamo),
        users,
        groups,
        new DynamoCredentials(dynamo),
        erasure,
        new DynamoEventFeed(dynamo),
        new DynamoDirectoryReader(dynamo),
        new Observations(
            new TenantObservations(dynamo, TOKEN_TTL, clock),
            new DynamoRequestLog(dynamo, Duration.ofDays(14)),
            new DirectoryHealth(dynamo),
            new TokenLastUse(dynamo)),
        () -> TestTenant.PEPPER,
        clock,
        publicBaseUrl,
        eraseBudget);
  }

  /** A status and the parsed JSON body ({@link NullNode} when there is none). */
  record Reply(int status, JsonNode json, HttpResponse raw) {
    String text(String field) {
      return json.path(field).asText(null);
    }
  }

  Reply call(String method, String path, String body) {
    return call(method, path, body, Map.of("authorization", "Bearer " + ADMIN_TOKEN));
  }

  Reply call(String method, String path) {
    return call(method, path, null);
  }

  Reply call(String method, String path, String body, Map<String, String> extraHeaders) {
    return send(admin, request(method, path, body, extraHeaders));
  }

  static Reply send(AdminFrontDoor door, HttpRequest request) {
    HttpResponse response = door.handle(request);
    try {
      JsonNode json =
          response.body() == null ? NullNode.getInstance() : Json.parse(response.body());
      return new Reply(response.status(), json, response);
    } catch (Exception e) {
      throw new AssertionError(
          "admin answered with a body that is not JSON: " + response.body(), e);
    }
  }

  static HttpRequest request(
      String method, String path, String body, Map<String, String> extraHeaders) {
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("host", "api.example.test");
    headers.put("x-forwarded-proto", "https");
    if (body != null) {
      headers.put("content-type", "application/json");
    }
    String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Map<String, String> query = new HashMap<>();
    if (path.contains("?")) {
      for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        query.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return new HttpRequest(
        method, pathOnly, Map.of(), query, headers, body, UUID.randomUUID().toString());
  }

  /** Creates the tenant through the API and returns its first SCIM token. */
  String tenant(String tenantId) {
    Reply reply = call("POST", "/admin/tenants", "{\"tenantId\":\"" + tenantId + "\"}");
    if (reply.status() != 201) {
      throw new AssertionError("tenant not created: " + reply.json());
    }
    return reply.text("token");
  }

  void syncOn(String tenantId) {
    expect(200, call("PUT", "/admin/tenants/" + tenantId + "/sync", "{\"enabled\":true}"));
  }

  void grant(String tenantId, String groupId, String grantsJson) {
    expect(
        200,
        call(
            "PUT",
            "/admin/tenants/" + tenantId + "/groups/" + groupId + "/grants",
            "{\"grants\":" + grantsJson + "}"));
  }

  Reply access(String tenantId, String userId) {
    return call("GET", "/admin/tenants/" + tenantId + "/users/" + userId + "/access");
  }

  String user(String tenantId, String userName) {
    String id = UUID.randomUUID().toString();
    users.create(tenantId, id, userDocument(userName, true));
    return id;
  }

  void setActive(String tenantId, String userId, boolean active) {
    StoredResource current = users.get(tenantId, userId).orElseThrow();
    ObjectNode doc = current.document().deepCopy();
    doc.put("active", active);
    users.replace(tenantId, userId, current.version(), doc);
  }

  String group(String tenantId, String displayName, String... memberIds) {
    String id = UUID.randomUUID().toString();
    ObjectNode doc = Json.object();
    doc.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    doc.put("displayName", displayName);
    groups.create(tenantId, id, doc, List.of(memberIds));
    return id;
  }

  /** A SCIM request to the tenant's /Users with that bearer token, through the real front door. */
  int scimStatus(String tenantId, String token) {
    Map<String, String> headers = new HashMap<>();
    headers.put("authorization", "Bearer " + token);
    headers.put("host", "api.example.test");
    HttpRequest request =
        new HttpRequest(
            "GET",
            "/tenants/" + tenantId + "/scim/v2/Users",
            Map.of("tenantId", tenantId),
            Map.of(),
            headers,
            null,
            UUID.randomUUID().toString());
    return components.users().handle(request).status();
  }

  /**
   * A SCIM request under the tenant's base with that token, through the real front door of the
   * endpoint the path names (Users, Groups, or discovery).
   */
  Reply scim(String tenantId, String token, String method, String pathUnderBase, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("authorization", "Bearer " + token);
    headers.put("host", "api.example.test");
    if (body != null) {
      headers.put("content-type", "application/scim+json");
    }
    Map<String, String> params = new HashMap<>();
    params.put("tenantId", tenantId);
    HttpRequest shape = request(method, pathUnderBase, body, Map.of());
    String[] parts = shape.path().split("/");
    if (parts.length >= 3) {
      params.put("id", parts[2]);
    }
    HttpRequest request =
        new HttpRequest(
            method,
            "/tenants/" + tenantId + "/scim/v2" + shape.path(),
            params,
            shape.query(),
            headers,
            body,
            UUID.randomUUID().toString());
    var endpoint =
        shape.path().startsWith("/Users")
            ? components.users()
            : shape.path().startsWith("/Groups") ? components.groups() : components.discovery();
    HttpResponse response = endpoint.handle(request);
    try {
      JsonNode json =
          response.body() == null ? NullNode.getInstance() : Json.parse(response.body());
      return new Reply(response.status(), json, response);
    } catch (Exception e) {
      throw new AssertionError("SCIM answered with a body that is not JSON: " + response.body(), e);
    }
  }

  static ObjectNode userDocument(String userName, boolean active) {
    ObjectNode user = Json.object();
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    user.put("userName", userName);
    user.put("active", active);
    user.putObject("name").put("givenName", "Ada").put("familyName", "Lovelace");
    user.putArray("emails")
        .addObject()
        .put("value", userName)
        .put("type", "work")
        .put("primary", true);
    return user;
  }

  static Reply expect(int status, Reply reply) {
    if (reply.status() != status) {
      throw new AssertionError(
          "expected " + status + " but got " + reply.status() + ": " + reply.json());
    }
    return reply;
  }
}
