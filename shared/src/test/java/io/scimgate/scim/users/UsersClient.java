package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.scim.endpoint.ErrorResponses;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.error.ScimException;
import io.scimgate.scim.error.ServiceUnavailableException;
import io.scimgate.store.StoreUnavailableException;
import io.scimgate.testing.TestTenant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Calls /Users as a client would, against the in-memory stores (fast {@code *Test}) or through the
 * front door over DynamoDB Local ({@code *IT}); the spec classes do not know which.
 */
final class UsersClient {
  static final String BASE = "https://scim.test/tenants/acme/scim/v2";

  private final Endpoint endpoint;
  private final TestTenant tenant;

  private UsersClient(Endpoint endpoint, TestTenant tenant) {
    this.endpoint = endpoint;
    this.tenant = tenant;
  }

  static UsersClient inMemory(UsersResource resource) {
    return new UsersClient(
        (context, request) -> {
          try {
            return resource.handle(new ScimContext("acme", BASE, request.requestId()), request);
          } catch (ScimException e) {
            return ErrorResponses.of(e);
          } catch (StoreUnavailableException e) {
            // What ScimFrontDoor answers for it (the in-memory client skips the front door).
            return ErrorResponses.of(
                new ServiceUnavailableException("Storage is unavailable; retry later."));
          }
        },
        null);
  }

  static UsersClient over(TestTenant tenant) {
    return new UsersClient(tenant.components.users(), tenant);
  }

  /** A response with its body parsed (or {@code null}). */
  record Reply(int status, Map<String, String> headers, JsonNode body) {
    String header(String name) {
      return headers.get(name);
    }

    String id() {
      return body.path("id").asText();
    }
  }

  Reply call(
      String method,
      String pathUnderBase,
      String body,
      Map<String, String> query,
      Map<String, String> extraHeaders) {
    HttpRequest request =
        tenant != null
            ? tenant.scim(method, pathUnderBase, body, query)
            : local(method, pathUnderBase, body, query);
    Map<String, String> headers = new HashMap<>(request.headers());
    extraHeaders.forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v));
    HttpResponse response =
        endpoint.handle(
            new HttpRequest(
                request.method(),
                request.path(),
                request.pathParameters(),
                request.query(),
                headers,
                request.body(),
                request.requestId()));
    try {
      return new Reply(
          response.status(),
          response.headers(),
          response.body() == null ? null : Json.parse(response.body()));
    } catch (Exception e) {
      throw new AssertionError("response body is not JSON: " + response.body(), e);
    }
  }

  Reply post(String body) {
    return call("POST", "/Users", body, Map.of(), Map.of());
  }

  Reply get(String id) {
    return call("GET", "/Users/" + id, null, Map.of(), Map.of());
  }

  Reply get(String id, Map<String, String> query) {
    return call("GET", "/Users/" + id, null, query, Map.of());
  }

  Reply put(String id, String body) {
    return call("PUT", "/Users/" + id, body, Map.of(), Map.of());
  }

  Reply patch(String id, String body) {
    return call("PATCH", "/Users/" + id, body, Map.of(), Map.of());
  }

  Reply delete(String id) {
    return call("DELETE", "/Users/" + id, null, Map.of(), Map.of());
  }

  Reply list(Map<String, String> query) {
    return call("GET", "/Users", null, query, Map.of());
  }

  Reply filter(String filter) {
    return list(Map.of("filter", filter));
  }

  /** Creates a user from a minimal body and returns its id. */
  String create(String userName, String... extraJsonFields) {
    StringBuilder body =
        new StringBuilder(
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":")
            .append(Json.write(Json.NODES.textNode(userName)));
    for (String field : extraJsonFields) {
      body.append(',').append(field);
    }
    Reply reply = post(body.append('}').toString());
    if (reply.status() != 201) {
      throw new AssertionError("create " + userName + " -> " + reply.status() + " " + reply.body());
    }
    return reply.id();
  }

  static String patchOpsOf(java.util.List<String> operations) {
    return patchOps(operations.toArray(String[]::new));
  }

  /** A PatchOp body with the given operations (JSON objects). */
  static String patchOps(String... operations) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  private static HttpRequest local(
      String method, String pathUnderBase, String body, Map<String, String> query) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (body != null) {
      headers.put("content-type", "application/scim+json");
    }
    Map<String, String> params = new HashMap<>();
    params.put("tenantId", "acme");
    String[] parts = pathUnderBase.split("/");
    if (parts.length >= 3 && !parts[2].equals(".search")) {
      params.put("id", parts[2]);
    }
    return new HttpRequest(
        method,
        "/tenants/acme/scim/v2" + pathUnderBase,
        params,
        query,
        headers,
        body,
        UUID.randomUUID().toString());
  }
}
