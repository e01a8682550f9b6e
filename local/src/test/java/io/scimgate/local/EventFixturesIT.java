package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.testing.EventFixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code events/*.json} fixture invoked through its function's jar, in a sandbox under the
 * runtime interface client, the way {@code sam local invoke -e} does: the function is the one whose
 * template route is the fixture's {@code routeKey} (one whose routeKey is no template route is
 * routed by its method and path; the scheduled-sweep event goes to the function with a {@code
 * Schedule} event). Fixtures run in provisioning order, each asserting its documented answer and
 * the stored state after it (read back through the gateway).
 *
 * <p>The fixtures name example ids; as for {@code sam local invoke}, this substitutes the ids the
 * creates returned: {@value #SEED} (seed.user), {@value #KIM} (kim), {@value #GROUP} (the group).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventFixturesIT {
  static final String SEED = "2819c223-7f76-453a-919d-413861904646";
  static final String KIM = "902c246b-6245-4190-8e05-00816be7344a";
  static final String GROUP = "e9e30dba-f08f-4109-8486-d5c6a331660a";

  @TempDir static Path dataDir;
  private static LocalRunner runner;
  private static Map<String, String> functionByRouteKey;
  private static RouteMatcher routes;
  private static String scheduledFunction;
  private static final Map<String, String> ids = new HashMap<>();
  private static final Set<String> invoked = new TreeSet<>();

  @BeforeAll
  static void start() throws Exception {
    runner =
        LocalRunner.start(
            Config.forTests(dataDir)
                .withTenant(EventFixtures.TENANT)
                .withScimToken(EventFixtures.TOKEN));
    TemplateFile template = TemplateFile.read(TemplateFile.locate(Path.of("")));
    routes = new RouteMatcher(template.routes());
    functionByRouteKey =
        template.routes().stream()
            .collect(
                Collectors.toMap(r -> r.method() + " " + r.path(), TemplateFile.Route::function));
    scheduledFunction =
        template.functionEvents().stream()
            .filter(e -> e.type().equals("Schedule"))
            .map(TemplateFile.FunctionEvent::function)
            .findFirst()
            .orElseThrow();
    ids.put(SEED, create("seed.user@example.com"));
    ids.put(KIM, create("kim@example.com"));
  }

  @AfterAll
  static void stop() {
    runner.close();
  }

  @Test
  @Order(1)
  void discoveryAndCatchAll() throws Exception {
    assertSchema(
        "discovery-service-provider-config.json",
        200,
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
    assertSchema(
        "discovery-resource-types.json", 200, "urn:ietf:params:scim:api:messages:2.0:ListResponse");
    assertSchema(
        "discovery-resource-type-user.json",
        200,
        "urn:ietf:params:scim:schemas:core:2.0:ResourceType");
    assertSchema(
        "discovery-schemas.json", 200, "urn:ietf:params:scim:api:messages:2.0:ListResponse");
    JsonNode user =
        assertSchema(
            "discovery-schema-user.json", 200, "urn:ietf:params:scim:schemas:core:2.0:Schema");
    assertEquals("urn:ietf:params:scim:schemas:core:2.0:User", user.path("id").asText());
    assertEquals(
        "404",
        assertSchema("discovery-schema-unknown-404.json", 404, Errors.SCHEMA)
            .path("status")
            .asText());
    assertSchema("catch-all-unknown-path-404.json", 404, Errors.SCHEMA);
    assertSchema("catch-all-delete-users-collection-405.json", 405, Errors.SCHEMA);
    // RFC 7644 §3.11 and §3.4.3: not supported is 501; the bare base URL is a SCIM 404.
    assertEquals(
        "501", assertSchema("catch-all-me-501.json", 501, Errors.SCHEMA).path("status").asText());
    assertEquals(
        "501",
        assertSchema("catch-all-root-search-501.json", 501, Errors.SCHEMA).path("status").asText());
    assertEquals(
        "404",
        assertSchema("catch-all-scim-base-404.json", 404, Errors.SCHEMA).path("status").asText());
    JsonNode noToken = invoke("discovery-no-token-401.json");
    assertEquals(401, noToken.path("statusCode").asInt());
    assertTrue(
        noToken.path("headers").path("WWW-Authenticate").asText().startsWith("Bearer"),
        noToken.toString());
  }

  @Test
  @Order(2)
  void usersLookedUpAndCreated() throws Exception {
    assertEquals(2, body("users-list-okta-test-connector.json", 200).path("itemsPerPage").asInt());
    assertEquals(
        ids.get(SEED),
        body("users-list-okta-existence-check.json", 200).at("/Resources/0/id").asText());
    assertEquals(
        1, body("users-list-okta-uppercase-username.json", 200).path("totalResults").asInt());
    assertEquals(
        0, body("users-list-entra-test-connection.json", 200).path("totalResults").asInt());
    assertEquals(
        "seed.user@example.com",
        body("users-list-entra-work-email.json", 200).at("/Resources/0/userName").asText());
    assertEquals(
        "invalidFilter", body("users-list-invalid-filter.json", 400).path("scimType").asText());
    JsonNode active = body("users-search.json", 200);
    assertEquals(2, active.path("totalResults").asInt());
    assertFalse(active.at("/Resources/0").has("emails"), "attributes=userName");
    assertEquals("W/\"1\"", body("users-get.json", 200).at("/meta/version").asText());

    JsonNode hire = body("users-create-okta.json", 201);
    assertEquals("new.hire@example.com", hire.path("userName").asText());
    assertFalse(hire.has("password"));
    assertEquals(
        "new.hire@example.com",
        scim("GET", "/Users/" + hire.path("id").asText()).path("userName").asText());
    JsonNode entra = body("users-create-entra.json", 201);
    assertEquals(
        ids.get(SEED),
        entra
            .at("/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User/manager/value")
            .asText());
    assertEquals(
        "uniqueness", body("users-create-duplicate-username.json", 409).path("scimType").asText());
    assertEquals(4, scim("GET", "/Users").path("totalResults").asInt());
  }

  @Test
  @Order(3)
  void groupsInProvisioningOrder_membershipAfterEachChange() throws Exception {
    JsonNode created = body("groups-create-okta.json", 201);
    ids.put(GROUP, created.path("id").asText());
    assertEquals(Set.of(), members());
    assertEquals("Entra Group", body("groups-create-entra.json", 201).path("displayName").asText());

    JsonNode slim = body("groups-get-excluded-members-entra.json", 200);
    assertEquals("Okta Pushed", slim.path("displayName").asText());
    assertFalse(slim.has("members"));
    assertEquals(2, body("groups-list-okta.json", 200).path("totalResults").asInt());
    assertEquals(1, body("groups-filter-displayname-entra.json", 200).path("totalResults").asInt());

    assertEquals(2, body("groups-put-okta.json", 200).path("members").size());
    assertEquals(Set.of(ids.get(SEED), ids.get(KIM)), members());
    assertEquals(1, body("groups-filter-membership-entra.json", 200).path("totalResults").asInt());
    assertEquals(204, status("groups-patch-okta-push.json"));
    assertEquals(Set.of(ids.get(SEED)), members());
    assertEquals(204, status("groups-patch-entra-add-member.json"));
    assertEquals(Set.of(ids.get(SEED), ids.get(KIM)), members());
    assertEquals(204, status("groups-patch-entra-remove-member.json"));
    assertEquals(Set.of(ids.get(SEED)), members());
    assertEquals(1, body("groups-search.json", 200).path("totalResults").asInt());
    assertEquals(
        ids.get(GROUP), scim("GET", "/Users/" + ids.get(SEED)).at("/groups/0/value").asText());

    assertEquals(204, status("groups-delete.json"));
    assertEquals(404, scimStatus("GET", "/Groups/" + ids.get(GROUP)));
    assertEquals(404, status("groups-delete.json"));
    assertEquals(0, scim("GET", "/Users/" + ids.get(SEED)).path("groups").size());
  }

  @Test
  @Order(4)
  void usersChangedThenDeleted_stateAfterEach() throws Exception {
    assertEquals("Renamed", body("users-replace-okta.json", 200).at("/name/familyName").asText());
    assertEquals("Renamed", scim("GET", "/Users/" + ids.get(SEED)).at("/name/familyName").asText());
    assertFalse(body("users-patch-okta-deactivate.json", 200).path("active").asBoolean(true));
    assertFalse(scim("GET", "/Users/" + ids.get(SEED)).path("active").asBoolean(true));
    assertFalse(body("users-patch-entra-deactivate.json", 200).path("active").asBoolean(true));
    JsonNode email = body("users-patch-entra-work-email.json", 200);
    assertEquals("mobile", email.at("/phoneNumbers/0/type").asText());
    assertEquals(
        "seed.new@example.com",
        scim("GET", "/Users/" + ids.get(SEED)).at("/emails/0/value").asText());
    String enterprise = "/urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    assertEquals(
        "701",
        body("users-patch-entra-manager.json", 200).at(enterprise + "/employeeNumber").asText());
    assertEquals(
        "701", scim("GET", "/Users/" + ids.get(SEED)).at(enterprise + "/employeeNumber").asText());

    assertEquals(204, status("users-delete-entra.json"));
    assertEquals(404, scimStatus("GET", "/Users/" + ids.get(SEED)));
  }

  @Test
  @Order(5)
  void adminConnectsACustomer() throws Exception {
    JsonNode tenant = body("admin-create-tenant.json", 201);
    assertEquals(
        "https://abc123.execute-api.eu-west-1.amazonaws.com/tenants/globex/scim/v2",
        tenant.path("scimBaseUrl").asText());
    String token = tenant.path("token").asText();
    assertEquals(
        200,
        IdpHttp.exchange(
                "GET", runner.url() + "/tenants/globex/scim/v2/Users", token, Map.of(), null)
            .statusCode());
    assertEquals(201, status("admin-issue-token.json"));
    assertEquals(200, status("admin-put-default-grants.json"));
    JsonNode got = body("admin-get-tenant.json", 200);
    assertEquals("news", got.at("/defaultGrants/0/community").asText());
    assertFalse(got.path("syncEnabled").asBoolean(true));
    JsonNode summary = body("admin-get-summary.json", 200);
    assertEquals(0, summary.at("/users/total").asInt(-1));
    assertEquals(2, summary.path("tokens").asInt());
    assertEquals(200, status("admin-enable-sync.json"));
    assertTrue(body("admin-get-tenant.json", 200).path("syncEnabled").asBoolean());
    assertEquals(0, body("admin-get-community-members.json", 200).path("members").size());
    assertTrue(body("admin-unknown-path.json", 404).path("message").isTextual());
    assertEquals(403, status("admin-forged-iam-header.json"));
  }

  @Test
  @Order(6)
  void scheduledSweep_thenEveryFixtureRan() throws Exception {
    // The stream trigger of a new fan-out job (admin-enable-sync wrote one): fan-outs only.
    String fanOut = runner.invoke(scheduledFunction, fixture("maintenance-fan-out-job.json"));
    invoked.add("maintenance-fan-out-job.json");
    assertEquals("{\"pending\":0}", fanOut);
    String out = runner.invoke(scheduledFunction, fixture("maintenance-scheduled-sweep.json"));
    invoked.add("maintenance-scheduled-sweep.json");
    assertEquals("MaintenanceFunction", scheduledFunction);
    // users-delete-entra's cleanup waits a minute for gsi1 to settle (MembershipCleanup): pending.
    assertEquals(1, Json.parse(out).path("pending").asInt(-1), out);

    try (Stream<Path> files = Files.list(EventFixtures.directory())) {
      Set<String> all =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(all, invoked, "every fixture goes through its jar here");
    }
  }

  /** The fixture's text with the example ids replaced by the ones created here. */
  private static String fixture(String file) {
    String text = new String(EventFixtures.bytes(file), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> id : ids.entrySet()) {
      text = text.replace(id.getKey(), id.getValue());
    }
    return text;
  }

  /** The fixture through its function's jar; the function's payload 2.0 response. */
  private static JsonNode invoke(String file) throws Exception {
    String event = fixture(file);
    JsonNode parsed = Json.parse(event);
    String routeKey = parsed.path("routeKey").asText();
    String function = functionByRouteKey.get(routeKey);
    if (function == null) {
      // Not a template route (the fixture shape test says so); route it as the gateway would.
      function =
          routes
              .match(
                  parsed.at("/requestContext/http/method").asText(),
                  RouteMatcher.segments(parsed.path("rawPath").asText()))
              .orElseThrow()
              .route()
              .function();
    }
    assertNotNull(function, file + ": routeKey '" + routeKey + "' is no route of template.yaml");
    invoked.add(file);
    return Json.parse(runner.invoke(function, event));
  }

  private static int status(String file) throws Exception {
    return invoke(file).path("statusCode").asInt();
  }

  private static JsonNode body(String file, int status) throws Exception {
    JsonNode response = invoke(file);
    assertEquals(status, response.path("statusCode").asInt(), file + ": " + response);
    return Json.parse(response.path("body").asText());
  }

  private static JsonNode assertSchema(String file, int status, String schema) throws Exception {
    JsonNode body = body(file, status);
    assertEquals(schema, body.at("/schemas/0").asText(), file);
    return body;
  }

  private static Set<String> members() throws Exception {
    return scim("GET", "/Groups/" + ids.get(GROUP))
        .path("members")
        .findValuesAsText("value")
        .stream()
        .collect(Collectors.toSet());
  }

  private static String create(String userName) throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\",\"active\":true,\"emails\":[{\"value\":\""
                + userName
                + "\",\"type\":\"work\"}]}");
    assertEquals(201, response.statusCode(), response.body());
    return Json.parse(response.body()).path("id").asText();
  }

  private static JsonNode scim(String method, String path) throws Exception {
    HttpResponse<String> response = send(method, path, null);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return Json.parse(response.body());
  }

  private static int scimStatus(String method, String path) throws Exception {
    return send(method, path, null).statusCode();
  }

  private static HttpResponse<String> send(String method, String path, String body)
      throws Exception {
    return new IdpHttp(runner.baseUrl(), EventFixtures.TOKEN, IdpHttp.PLAIN, null)
        .raw(method, path, body);
  }

  private static final class Errors {
    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
  }
}
