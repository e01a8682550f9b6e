package io.scimgate.smoke;

import static io.scimgate.smoke.OktaLifecycle.gone;
import static io.scimgate.smoke.Steps.check;
import static io.scimgate.smoke.Steps.status;

import io.scimgate.smoke.ScimClient.Reply;
import java.util.Map;
import java.util.UUID;

/**
 * Microsoft Entra ID's side of a deployment (docs/idp-dialects.md), with the tenant URL pasted as
 * {@code …?aadOptscim062020} the way most gallery setups do: Test Connection, matching, create with
 * the enterprise extension, default-dialect PATCHes, the opt-in path-less replace, group
 * provisioning with one PATCH per member, soft delete and hard delete.
 */
final class EntraLifecycle {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final String SLIM = "excludedAttributes";

  private final ScimClient entra;
  private final String run;
  private String userId;
  private String groupId;

  EntraLifecycle(String baseUrl, String token, String run) {
    this.entra =
        new ScimClient(
            baseUrl,
            token,
            "Microsoft.Identity.Provisioning",
            "application/json",
            "aadOptscim062020");
    this.run = run;
  }

  void run(Steps steps) {
    String userName = "smoke-" + run + "-entra@contoso.com";
    String group = "smoke-" + run + "-entra";
    steps.lifecycle("Entra users (" + entra.baseUrl() + "?aadOptscim062020)");
    steps.step(
        "entra: test connection (random userName) is 200 and empty",
        () -> {
          Reply r =
              entra.get("/Users", Map.of("filter", "userName eq \"" + UUID.randomUUID() + "\""));
          status(200, r);
          check(r.integer("totalResults") == 0 && r.at("Resources", 0) == null, "not empty: " + r);
        });
    steps.step(
        "entra: match by externalId finds nothing",
        () -> {
          Reply r = entra.get("/Users", Map.of("filter", "externalId eq \"" + run + "-entra\""));
          check(r.integer("totalResults") == 0, "expected 0: " + r);
        });
    steps.step(
        "entra: create user with the enterprise extension",
        () -> {
          Reply r =
              entra.send(
                  "POST",
                  "/Users",
                  Map.of(),
                  "{\"schemas\":[\""
                      + USER
                      + "\",\""
                      + ENTERPRISE
                      + "\"],\"externalId\":\""
                      + run
                      + "-entra\",\"userName\":"
                      + MiniJson.quote(userName)
                      + ",\"active\":true,\"name\":{\"familyName\":\"Smoke\","
                      + "\"givenName\":\"Entra\"},\""
                      + ENTERPRISE
                      + "\":{\"department\":\"Sales\"}}");
          status(201, r);
          userId = r.string("id");
          check(userId != null, "no id: " + r);
          String id = userId;
          steps.cleanup(
              "entra: delete user " + userName,
              () -> gone(entra.send("DELETE", "/Users/" + id, Map.of(), null)));
        });
    steps.step(
        "entra: default-dialect PATCH (capitalised ops, value-filter paths)",
        () -> {
          status(
              200,
              patch(
                  "Users/" + userId,
                  "{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Entra Smoke\"}",
                  "{\"op\":\"Add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":"
                      + MiniJson.quote(userName)
                      + "}",
                  "{\"op\":\"Replace\",\"path\":\""
                      + ENTERPRISE
                      + ":employeeNumber\",\"value\":\"701\"}"));
          Reply read = entra.get("/Users/" + userId, Map.of());
          check("Entra Smoke".equals(read.string("displayName")), "displayName " + read);
          check("701".equals(read.string(ENTERPRISE, "employeeNumber")), "employeeNumber " + read);
        });
    steps.step(
        "entra: filter by work email (case-insensitive)",
        () -> {
          Reply r =
              entra.get(
                  "/Users",
                  Map.of(
                      "filter",
                      "emails[type eq \"work\"].value eq \"" + userName.toUpperCase() + "\""));
          check(userId.equals(r.string("Resources", 0, "id")), "not found: " + r);
        });
    steps.step(
        "entra: aadOptscim062020 path-less replace with dotted and URN keys",
        () -> {
          Reply r =
              patch(
                  "Users/" + userId,
                  "{\"op\":\"replace\",\"value\":{\"name.givenName\":"
                      + "\"Entra2\",\""
                      + ENTERPRISE
                      + ":department\":\"Retail\"}}");
          status(200, r);
          check("Entra2".equals(r.string("name", "givenName")), "givenName " + r);
          check("Retail".equals(r.string(ENTERPRISE, "department")), "department " + r);
        });

    steps.lifecycle("Entra groups");
    steps.step(
        "entra: group lookup by displayName finds nothing",
        () -> check(groups("displayName eq \"" + group + "\"") == 0, "group exists already"));
    steps.step(
        "entra: create group",
        () -> {
          Reply r =
              entra.send(
                  "POST",
                  "/Groups",
                  Map.of(),
                  "{\"schemas\":[\"urn:ietf:params:scim:"
                      + "schemas:core:2.0:Group\",\"http://schemas.microsoft.com/2006/11/ResourceManagement/"
                      + "ADSCIM/Group\"],\"externalId\":\""
                      + UUID.randomUUID()
                      + "\",\"displayName\":\""
                      + group
                      + "\",\"members\":[]}");
          status(201, r);
          groupId = r.string("id");
          String id = groupId;
          steps.cleanup(
              "entra: delete group " + group,
              () -> gone(entra.send("DELETE", "/Groups/" + id, Map.of(), null)));
        });
    steps.step(
        "entra: add member (204, no member list back), membership check",
        () -> {
          Reply r =
              patch(
                  "Groups/" + groupId,
                  "{\"op\":\"Add\",\"name\":\"addMember\",\"path\":"
                      + "\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                      + userId
                      + "\"}]}");
          status(204, r);
          check(r.text().isEmpty(), "body on 204: " + r);
          check(groups(membership()) == 1, "member not found");
        });
    steps.step(
        "entra: remove member with a value array removes only that member",
        () -> {
          status(
              204,
              patch(
                  "Groups/" + groupId,
                  "{\"op\":\"Remove\",\"name\":\"removeMember\","
                      + "\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\""
                      + userId
                      + "\"}]}"));
          check(groups(membership()) == 0, "still a member");
        });
    steps.step(
        "entra: delete group, then 404",
        () -> {
          status(204, entra.send("DELETE", "/Groups/" + groupId, Map.of(), null));
          status(404, entra.send("DELETE", "/Groups/" + groupId, Map.of(), null));
        });

    steps.lifecycle("Entra deprovisioning");
    steps.step(
        "entra: soft delete (active \"False\") keeps the user listed",
        () -> {
          status(
              200,
              patch(
                  "Users/" + userId,
                  "{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}"));
          Reply r = entra.get("/Users", Map.of("filter", "userName eq \"" + userName + "\""));
          check(r.integer("totalResults") == 1, "disabled user not listed: " + r);
          check(Boolean.FALSE.equals(r.at("Resources", 0, "active")), "still active: " + r);
        });
    steps.step(
        "entra: hard delete is 204, again 404",
        () -> {
          status(204, entra.send("DELETE", "/Users/" + userId, Map.of(), null));
          status(404, entra.send("DELETE", "/Users/" + userId, Map.of(), null));
          Reply r = entra.get("/Users/" + userId, Map.of());
          status(404, r);
          check("404".equals(r.string("status")), "SCIM error body: " + r);
        });
  }

  private String membership() {
    return "id eq \"" + groupId + "\" and members[value eq \"" + userId + "\"]";
  }

  private int groups(String filter) throws Exception {
    Reply r = entra.get("/Groups", Map.of("filter", filter, SLIM, "members"));
    status(200, r);
    return r.integer("totalResults");
  }

  private Reply patch(String path, String... operations) throws Exception {
    return entra.send(
        "PATCH",
        "/" + path,
        Map.of(),
        "{\"schemas\":[\"" + PATCH + "\"],\"Operations\":[" + String.join(",", operations) + "]}");
  }
}
