package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.endpoint.ErrorResponses;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.error.ScimException;
import io.scimgate.store.GroupStore;
import io.scimgate.testing.InMemoryGroupStore;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Calls a {@link GroupsResource} the way the front door does, minus authentication. */
final class GroupsClient {
  static final String TENANT = "acme";
  static final String BASE = "https://scim.test/tenants/acme/scim/v2";

  /** The in-memory store, or {@code null} when the client runs on another store. */
  final InMemoryGroupStore store;

  final GroupsResource resource;

  GroupsClient() {
    this.store = new InMemoryGroupStore();
    this.resource = new GroupsResource(store);
  }

  GroupsClient(GroupStore groups) {
    this.store = null;
    this.resource = new GroupsResource(groups);
  }

  HttpResponse call(
      String method,
      String path,
      String body,
      Map<String, String> query,
      Map<String, String> headers) {
    Map<String, String> params = new HashMap<>();
    params.put("tenantId", TENANT);
    String[] parts = path.split("/");
    if (parts.length >= 3) {
      params.put("id", parts[2]);
    }
    HttpRequest request =
        new HttpRequest(
            method,
            "/tenants/acme/scim/v2" + path,
            params,
            query,
            headers,
            body,
            UUID.randomUUID().toString());
    try {
      return resource.handle(new ScimContext(TENANT, BASE, request.requestId()), request);
    } catch (ScimException e) {
      return ErrorResponses.of(e);
    }
  }

  HttpResponse call(String method, String path, String body) {
    return call(method, path, body, Map.of(), Map.of());
  }

  HttpResponse get(String path, Map<String, String> query) {
    return call("GET", path, null, query, Map.of());
  }

  /** Users u1…un with display names "User i". */
  void users(int n) {
    for (int i = 1; i <= n; i++) {
      store.addUser(TENANT, "u" + i, "User " + i);
    }
  }

  /** Creates a group with these members and returns its id. */
  String group(String displayName, String... memberIds) {
    StringBuilder members = new StringBuilder();
    for (String m : memberIds) {
      members.append(members.isEmpty() ? "" : ",").append("{\"value\":\"").append(m).append("\"}");
    }
    HttpResponse created =
        call(
            "POST",
            "/Groups",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"%s","members":[%s]}
            """
                .formatted(displayName, members));
    if (created.status() != 201) {
      throw new AssertionError("create failed: " + created.body());
    }
    return json(created).path("id").asText();
  }

  static JsonNode json(HttpResponse response) {
    try {
      return Json.parse(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  static String patch(String operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
        + operations
        + "}";
  }
}
