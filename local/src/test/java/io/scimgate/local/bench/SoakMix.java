package io.scimgate.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One tenant's Entra-like traffic (docs/idp-dialects.md): the existence check before a create,
 * creates with the enterprise extension, one-attribute-per-op PATCHes with string booleans and
 * value-filter paths, one member added or removed per group PATCH, and the list filters Entra sends
 * (`externalId eq`, `displayName eq` with `excludedAttributes=members`, the membership check).
 */
final class SoakMix {
  static final String ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final int GROUPS = 5;

  /** What one request was, for the per-operation statistics. */
  record Call(String operation, String method, String path, String body) {}

  private final HttpClient http;
  private final String base;
  private final String token;
  private final String tenant;
  private final List<String> users = new CopyOnWriteArrayList<>();
  private final List<String> groups = new CopyOnWriteArrayList<>();
  private final AtomicInteger created = new AtomicInteger();

  SoakMix(HttpClient http, String base, String token, String tenant) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.tenant = tenant;
  }

  /** Creates the tenant's groups and a first user, so every operation has a target. */
  void seed() throws Exception {
    for (int i = 0; i < GROUPS; i++) {
      HttpResponse<String> r =
          send(
              new Call(
                  "seed",
                  "POST",
                  "/Groups",
                  "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                      + "\"displayName\":\""
                      + tenant
                      + " group "
                      + i
                      + "\",\"externalId\":\""
                      + tenant
                      + "-g"
                      + i
                      + "\",\"members\":[]}"));
      groups.add(Json.parse(r.body()).path("id").asText());
    }
    created(send(create()));
  }

  /** The next request of the mix. */
  Call next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int roll = random.nextInt(100);
    String user = users.get(random.nextInt(users.size()));
    String group = groups.get(random.nextInt(groups.size()));
    if (roll < 15) {
      return create();
    }
    if (roll < 30) {
      return new Call(
          "filter userName",
          "GET",
          "/Users?filter="
              + query(
                  "userName eq \""
                      + tenant
                      + ".user"
                      + random.nextInt(created.get() + 1)
                      + "@contoso.com\""),
          null);
    }
    if (roll < 50) {
      String op =
          switch (random.nextInt(4)) {
            case 0 ->
                "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Name "
                    + random.nextInt(1000)
                    + "\"}";
            case 1 ->
                "{\"op\":\"Replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"w"
                    + random.nextInt(1000)
                    + "@contoso.com\"}";
            case 2 ->
                "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\""
                    + (random.nextBoolean() ? "True" : "False")
                    + "\"}";
            default ->
                "{\"op\":\"Add\",\"path\":\""
                    + ENT
                    + ":manager\",\"value\":\""
                    + users.get(0)
                    + "\"}";
          };
      return new Call("patch user", "PATCH", "/Users/" + user, patch(op));
    }
    if (roll < 65) {
      return new Call(
          "add member",
          "PATCH",
          "/Groups/" + group,
          patch("{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}"));
    }
    if (roll < 75) {
      return new Call(
          "remove member",
          "PATCH",
          "/Groups/" + group,
          patch(
              "{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + user + "\"}]}"));
    }
    return switch (random.nextInt(3)) {
      case 0 ->
          new Call(
              "filter externalId",
              "GET",
              "/Users?filter="
                  + query(
                      "externalId eq \"" + tenant + "-" + random.nextInt(created.get() + 1) + "\""),
              null);
      case 1 ->
          new Call(
              "filter group",
              "GET",
              "/Groups?excludedAttributes=members&filter="
                  + query("displayName eq \"" + tenant + " group " + random.nextInt(GROUPS) + "\""),
              null);
      default ->
          new Call(
              "membership check",
              "GET",
              "/Groups?excludedAttributes=members&filter="
                  + query("id eq \"" + group + "\" and members[value eq \"" + user + "\"]"),
              null);
    };
  }

  HttpResponse<String> send(Call call) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + call.path()))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/scim+json");
    if (call.body() == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/scim+json; charset=utf-8")
          .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body()));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Records a created user's id, so later requests can target it. */
  void created(HttpResponse<String> response) throws Exception {
    if (response.statusCode() == 201) {
      JsonNode body = Json.parse(response.body());
      users.add(body.path("id").asText());
    }
  }

  int users() {
    return users.size();
  }

  private Call create() {
    int n = created.incrementAndGet();
    return new Call(
        "create user",
        "POST",
        "/Users",
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","%s"],
         "externalId":"%s-%d","userName":"%s.user%d@contoso.com","active":true,
         "displayName":"User %d","name":{"givenName":"User","familyName":"%d"},
         "emails":[{"primary":true,"type":"work","value":"%s.user%d@contoso.com"}],
         "%s":{"employeeNumber":"%d","department":"Sales"}}\
        """
            .formatted(ENT, tenant, n, tenant, n, n, n, tenant, n, ENT, n));
  }

  private static String patch(String op) {
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
        + op
        + "]}";
  }

  private static String query(String filter) {
    return java.net.URLEncoder.encode(filter, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
