package io.scimgate.admin;

import static io.scimgate.admin.AdminFixture.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Admin writes racing each other and the IdP (issue 11, races 3 and 4), real threads over DynamoDB
 * Local: the check a write depends on is a DynamoDB condition, so the loser is refused (or keeps
 * the data), never a silent inconsistency and never a 500.
 */
class AdminRaceIT {
  private final AdminFixture f = new AdminFixture();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private String token;

  @BeforeEach
  void acme() {
    token = f.tenant("acme");
    f.syncOn("acme");
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Roles PUT dropping "admin" against a grants PUT naming "admin": never both 200. */
  @Test
  void removingARole_whileAGrantStartsUsingIt_oneOfThemIsRefused() throws Exception {
    String group = f.group("acme", "admins");
    String grantsPath = "/admin/tenants/acme/groups/" + group + "/grants";
    Set<String> outcomes = ConcurrentHashMap.newKeySet();
    for (int round = 0; round < 30; round++) {
      expect(
          200,
          f.call(
              "PUT",
              "/admin/tenants/acme/roles",
              "{\"roles\":[\"reader\",\"contributor\",\"admin\"]}"));
      expect(204, f.call("DELETE", grantsPath));
      CyclicBarrier go = new CyclicBarrier(2);
      Future<Integer> roles =
          pool.submit(() -> {
            go.await();
            return f.call(
                    "PUT", "/admin/tenants/acme/roles", "{\"roles\":[\"reader\",\"contributor\"]}")
                .status();
          });
      Future<Integer> grant =
          pool.submit(() -> {
            go.await();
            return f.call(
                    "PUT",
                    grantsPath,
                    "{\"grants\":[{\"community\":\"sales\",\"role\":\"admin\"}]}")
                .status();
          });
      int rolesStatus = roles.get(30, TimeUnit.SECONDS);
      int grantStatus = grant.get(30, TimeUnit.SECONDS);
      outcomes.add(rolesStatus + "/" + grantStatus);

      assertFalse(rolesStatus == 200 && grantStatus == 200, "both won in round " + round);
      JsonNode tenant = expect(200, f.call("GET", "/admin/tenants/acme")).json();
      List<String> known = new ArrayList<>();
      tenant.path("roles").forEach(r -> known.add(r.asText()));
      for (JsonNode g : expect(200, f.call("GET", grantsPath)).json().path("grants")) {
        assertTrue(
            known.contains(g.path("role").asText()), "a grant names a missing role: " + tenant);
      }
    }
    System.out.println("roles/grants outcomes: " + outcomes);
    // roles 409 (still granted) or grants 409 (removed meanwhile) / 400 (role already gone).
    assertTrue(Set.of("409/200", "200/409", "200/400").containsAll(outcomes), outcomes.toString());
  }

  /** Purge with inactiveForDays 0 while the IdP reactivates the same users. */
  @Test
  void purge_whileUsersAreReactivated_neverDeletesAReactivatedUser() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String id = f.user("acme", "u" + i + "@acme.test");
      f.setActive("acme", id, false);
      ids.add(id);
    }
    Map<String, Integer> reactivated = new ConcurrentHashMap<>();
    Future<Integer> purge =
        pool.submit(() -> {
          JsonNode out =
              expect(
                      200,
                      f.call("POST", "/admin/tenants/acme/users/purge", "{\"inactiveForDays\":0}"))
                  .json();
          return out.path("deleted").asInt();
        });
    Thread.sleep(40);
    List<Future<?>> idp = new ArrayList<>();
    for (int t = 0; t < 3; t++) {
      int thread = t;
      idp.add(
          pool.submit(() -> {
            // From the end of the list, where the purge's deletes arrive last.
            for (int i = ids.size() - 1 - thread; i >= 0; i -= 3) {
              reactivated.put(ids.get(i), reactivate(ids.get(i)));
            }
            return null;
          }));
    }
    int deleted = purge.get(60, TimeUnit.SECONDS);
    for (Future<?> p : idp) {
      p.get(60, TimeUnit.SECONDS);
    }

    int kept = 0;
    for (String id : ids) {
      int status = reactivated.get(id);
      assertTrue(status == 200 || status == 404, "reactivation answered " + status);
      if (status == 200) {
        kept++;
        assertTrue(f.users.get("acme", id).isPresent(), "a reactivated user was purged");
      } else {
        assertTrue(f.users.get("acme", id).isEmpty());
      }
    }
    assertEquals(ids.size() - kept, deleted);
    System.out.printf("purge deleted %d, reactivations kept %d%n", deleted, kept);
  }

  private int reactivate(String userId) {
    Map<String, String> headers = new HashMap<>();
    headers.put("authorization", "Bearer " + token);
    headers.put("host", "api.example.test");
    headers.put("content-type", "application/scim+json");
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":true}]}";
    HttpRequest request =
        new HttpRequest(
            "PATCH",
            "/tenants/acme/scim/v2/Users/" + userId,
            Map.of("tenantId", "acme", "id", userId),
            Map.of(),
            headers,
            body,
            UUID.randomUUID().toString());
    return f.components.users().handle(request).status();
  }
}
