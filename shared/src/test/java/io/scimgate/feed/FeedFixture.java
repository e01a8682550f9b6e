package io.scimgate.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.scimgate.admin.AdminAuthenticator;
import io.scimgate.admin.AdminFrontDoor;
import io.scimgate.admin.AdminPorts;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.json.Json;
import io.scimgate.store.TenantDeletedHook;
import io.scimgate.store.dynamo.DynamoCredentials;
import io.scimgate.store.dynamo.DynamoDirectoryReader;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.store.dynamo.DynamoGrantStore;
import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoTenantErasure;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.TestTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant in a fresh DynamoDB Local table, its SCIM endpoints through the real front doors, and
 * the admin API with the change feed read behind a short settle window (every write of a test has
 * returned before the feed is read, so the window only has to cover the last millisecond).
 */
final class FeedFixture {
  static final String ADMIN_TOKEN = "feed-admin-token";
  static final Duration SETTLE = Duration.ofMillis(30);

  final TestTenant tenant;
  final String tenantId;
  final AdminFrontDoor admin;
  private String cursor;

  FeedFixture(String tenantId) {
    this(TestTenant.create(tenantId));
  }

  FeedFixture(TestTenant tenant) {
    this(tenant, SETTLE);
  }

  /** With the feed's settle window {@code settle} (the deployed one for concurrency tests). */
  FeedFixture(TestTenant tenant, Duration settle) {
    this.tenant = tenant;
    this.tenantId = tenant.tenantId;
    new DynamoTenantStore(tenant.dynamo).create(tenantId, Instant.now());
    this.admin =
        new AdminFrontDoor(
            new AdminAuthenticator(ADMIN_TOKEN),
            new AdminPorts(
                new DynamoTenantStore(tenant.dynamo),
                new DynamoGrantStore(tenant.dynamo),
                new DynamoTokenStore(tenant.dynamo),
                new DynamoUserStore(tenant.dynamo),
                new DynamoGroupStore(tenant.dynamo),
                new DynamoCredentials(tenant.dynamo),
                new DynamoTenantErasure(
                    tenant.dynamo, Clock.systemUTC(), Duration.ZERO, TenantDeletedHook.NONE),
                new DynamoEventFeed(tenant.dynamo, Clock.systemUTC(), settle),
                new DynamoDirectoryReader(tenant.dynamo),
                null,
                () -> TestTenant.PEPPER,
                Clock.systemUTC(),
                PublicBaseUrl.derived(),
                AdminPorts.ERASE_BUDGET));
  }

  record Reply(int status, JsonNode json) {}

  Reply scim(String method, String path, String body) {
    HttpRequest request = tenant.scim(method, path, body, Map.of());
    HttpResponse response =
        path.startsWith("/Groups")
            ? tenant.components.groups().handle(request)
            : tenant.components.users().handle(request);
    return new Reply(response.status(), parse(response.body()));
  }

  /** A SCIM write that must succeed; returns the id of the resource it names or created. */
  String ok(String method, String path, String body) {
    Reply reply = scim(method, path, body);
    if (reply.status() >= 300) {
      throw new AssertionError(method + " " + path + " -> " + reply.status() + " " + reply.json());
    }
    return reply.json().path("id").asText(null);
  }

  Reply admin(String method, String pathAndQuery, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("authorization", "Bearer " + ADMIN_TOKEN);
    headers.put("host", "api.example.test");
    String path =
        pathAndQuery.contains("?")
            ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
            : pathAndQuery;
    Map<String, String> query = new HashMap<>();
    if (pathAndQuery.contains("?")) {
      for (String pair : pathAndQuery.substring(pathAndQuery.indexOf('?') + 1).split("&")) {
        String[] kv = pair.split("=", 2);
        query.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    HttpResponse response =
        admin.handle(
            new HttpRequest(
                method, path, Map.of(), query, headers, body, UUID.randomUUID().toString()));
    return new Reply(response.status(), parse(response.body()));
  }

  /** Every event committed since the last call, following {@code nextCursor} page by page. */
  List<JsonNode> newEvents() {
    sleep(SETTLE.toMillis() + 5);
    List<JsonNode> out = new ArrayList<>();
    while (true) {
      String query = "limit=7" + (cursor == null ? "" : "&after=" + cursor);
      Reply page = admin("GET", "/admin/tenants/" + tenantId + "/events?" + query, null);
      if (page.status() != 200) {
        throw new AssertionError("feed answered " + page.status() + " " + page.json());
      }
      cursor = page.json().get("nextCursor").asText();
      page.json().get("events").forEach(out::add);
      if (page.json().get("events").isEmpty()) {
        return out;
      }
    }
  }

  /** The types of {@link #newEvents()}, in order. */
  List<String> newTypes() {
    return newEvents().stream().map(e -> e.get("type").asText()).toList();
  }

  static JsonNode parse(String body) {
    try {
      return body == null ? NullNode.getInstance() : Json.parse(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
