package io.scimgate.smoke;

import static io.scimgate.smoke.Steps.check;
import static io.scimgate.smoke.Steps.status;

import io.scimgate.smoke.ScimClient.Reply;
import java.util.List;
import java.util.Map;

/**
 * Okta's side of a deployment (docs/idp-dialects.md): the spec test's user steps, deactivation by
 * path-less replace, a custom app's GET + full PUT, and Group Push. Okta never deletes users; the
 * suite deletes what it created in its cleanup.
 */
final class OktaLifecycle {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private final ScimClient okta;
  private final String run;
  private String userId;
  private String memberId;
  private String groupId;

  OktaLifecycle(String baseUrl, String token, String run) {
    this.okta =
        new ScimClient(
            baseUrl, token, "Okta SCIM Client 1.0.0", "application/scim+json; charset=utf-8", null);
    this.run = run;
  }

  void run(Steps steps) {
    String userName = "smoke-" + run + "-okta@example.com";
    steps.lifecycle("Okta users (" + okta.baseUrl() + ")");
    steps.step(
        "okta: test connector GET /Users?startIndex=1&count=2",
        () -> {
          Reply r = okta.get("/Users", Map.of("startIndex", "1", "count", "2"));
          status(200, r);
          check(
              String.valueOf(r.headers().get("content-type")).startsWith("application/scim+json"),
              "content-type " + r.headers().get("content-type"));
          check(r.integer("totalResults") >= 0, "no totalResults: " + r);
        });
    steps.step(
        "okta: existence check finds nothing",
        () -> {
          Reply r =
              okta.get(
                  "/Users",
                  Map.of(
                      "filter",
                      "userName eq \"" + userName + "\"",
                      "startIndex",
                      "1",
                      "count",
                      "100"));
          status(200, r);
          check(r.integer("totalResults") == 0, "expected 0 results: " + r);
        });
    steps.step(
        "okta: create user",
        () -> {
          userId = create(steps, userName);
        });
    steps.step(
        "okta: user reads back, filter is case-insensitive",
        () -> {
          Reply read = okta.get("/Users/" + userId, Map.of());
          status(200, read);
          check(userName.equals(read.string("userName")), "userName " + read);
          Reply upper =
              okta.get(
                  "/Users", Map.of("filter", "userName eq \"" + userName.toUpperCase() + "\""));
          check(upper.integer("totalResults") == 1, "upper-case filter: " + upper);
          check(userId.equals(upper.string("Resources", 0, "id")), "wrong user: " + upper);
        });
    steps.step(
        "okta: duplicate userName is 409 uniqueness",
        () -> {
          Reply r =
              okta.send(
                  "POST",
                  "/Users",
                  Map.of(),
                  "{\"schemas\":[\""
                      + USER
                      + "\"],\"userName\":"
                      + MiniJson.quote(userName.toUpperCase())
                      + "}");
          status(409, r);
          check("uniqueness".equals(r.string("scimType")), "scimType: " + r);
        });
    steps.step(
        "okta: deactivate and reactivate (path-less replace)",
        () -> {
          for (boolean active : List.of(false, true)) {
            Reply r =
                okta.send(
                    "PATCH",
                    "/Users/" + userId,
                    Map.of(),
                    "{\"schemas\":[\""
                        + PATCH
                        + "\"],\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":"
                        + active
                        + "}}]}");
            status(200, r);
            check(Boolean.valueOf(active).equals(r.at("active")), "active " + r);
          }
        });
    steps.step(
        "okta: custom app GET + full PUT",
        () -> {
          Reply read = okta.get("/Users/" + userId, Map.of());
          String body =
              read.text().replace("\"familyName\":\"Smoke\"", "\"familyName\":\"Renamed\"");
          Reply put = okta.send("PUT", "/Users/" + userId, Map.of(), body);
          status(200, put);
          check("Renamed".equals(put.string("name", "familyName")), "familyName: " + put);
        });

    steps.lifecycle("Okta Group Push");
    steps.step(
        "okta: create a second user for the group",
        () -> {
          memberId = create(steps, "smoke-" + run + "-okta-member@example.com");
        });
    steps.step(
        "okta: GET /Groups?startIndex=1&count=100",
        () -> status(200, okta.get("/Groups", Map.of("startIndex", "1", "count", "100"))));
    steps.step(
        "okta: push group",
        () -> {
          Reply r =
              okta.send(
                  "POST",
                  "/Groups",
                  Map.of(),
                  "{\"schemas\":[\""
                      + GROUP
                      + "\"],\"displayName\":\"smoke-"
                      + run
                      + "-okta\",\"members\":[]}");
          status(201, r);
          groupId = r.string("id");
          check(groupId != null && !groupId.isEmpty(), "no id: " + r);
          String id = groupId;
          steps.cleanup(
              "okta: delete group " + id,
              () -> gone(okta.send("DELETE", "/Groups/" + id, Map.of(), null)));
        });
    steps.step(
        "okta: membership push (rename + remove + add) is 204",
        () -> {
          status(
              204,
              patchGroup(
                  "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + userId
                      + "\"}]}"));
          status(
              204,
              patchGroup(
                  "{\"op\":\"replace\",\"value\":{\"id\":\""
                      + groupId
                      + "\",\"displayName\":\"smoke-"
                      + run
                      + "-okta-renamed\"}},"
                      + "{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                      + userId
                      + "\\\"]\"},"
                      + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                      + memberId
                      + "\"}]}"));
          Reply read = okta.get("/Groups/" + groupId, Map.of());
          status(200, read);
          check(
              ("smoke-" + run + "-okta-renamed").equals(read.string("displayName")),
              "name " + read);
          check(
              memberId.equals(read.string("members", 0, "value")) && read.at("members", 1) == null,
              "members " + read);
        });
    steps.step(
        "okta: full PUT of the group with both members",
        () -> {
          Reply put =
              okta.send(
                  "PUT",
                  "/Groups/" + groupId,
                  Map.of(),
                  "{\"schemas\":[\""
                      + GROUP
                      + "\"],\"id\":\""
                      + groupId
                      + "\",\"displayName\":\"smoke-"
                      + run
                      + "-okta\","
                      + "\"members\":[{\"value\":\""
                      + userId
                      + "\"},{\"value\":\""
                      + memberId
                      + "\"}]}");
          status(200, put);
          Reply user = okta.get("/Users/" + userId, Map.of());
          check(user.text().contains(groupId), "user's groups lack the group: " + user);
        });
    steps.step(
        "okta: unlink pushed group (DELETE), then 404",
        () -> {
          status(204, okta.send("DELETE", "/Groups/" + groupId, Map.of(), null));
          status(404, okta.get("/Groups/" + groupId, Map.of()));
        });
  }

  private String create(Steps steps, String userName) throws Exception {
    Reply r =
        okta.send(
            "POST",
            "/Users",
            Map.of(),
            "{\"schemas\":[\""
                + USER
                + "\"],"
                + "\"userName\":"
                + MiniJson.quote(userName)
                + ",\"name\":{\"givenName\":\"Okta\","
                + "\"familyName\":\"Smoke\"},\"emails\":[{\"primary\":true,\"value\":"
                + MiniJson.quote(userName)
                + ",\"type\":\"work\"}],\"displayName\":\"Okta Smoke\","
                + "\"locale\":\"en-US\",\"externalId\":\"00u"
                + run
                + Integer.toHexString(userName.hashCode())
                + "\",\"groups\":[],"
                + "\"password\":\"Pw-"
                + run
                + "-x1\",\"active\":true}");
    status(201, r);
    String id = r.string("id");
    check(id != null && !id.isEmpty(), "Okta treats a 201 without id as an error: " + r);
    steps.cleanup(
        "okta: delete user " + userName,
        () -> gone(okta.send("DELETE", "/Users/" + id, Map.of(), null)));
    check(r.at("password") == null, "password returned");
    String location = r.headers().get("location");
    check(
        location != null && location.equals(r.string("meta", "location")),
        "Location " + location + " vs meta.location " + r.string("meta", "location"));
    check(
        location.startsWith(okta.baseUrl() + "/Users/"),
        "Location " + location + " is not under " + okta.baseUrl());
    return id;
  }

  private Reply patchGroup(String operations) throws Exception {
    return okta.send(
        "PATCH",
        "/Groups/" + groupId,
        Map.of(),
        "{\"schemas\":[\"" + PATCH + "\"],\"Operations\":[" + operations + "]}");
  }

  /** A cleanup DELETE succeeds when the resource is gone: 204 now, or 404 (already deleted). */
  static void gone(Reply reply) {
    check(reply.status() == 204 || reply.status() == 404, "DELETE answered " + reply);
  }
}
