package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.scimgate.deploy.TemplateFile;
import io.scimgate.deploy.TemplateFile.Route;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every explicit admin route of template.yaml reaches an admin operation: none answers the router's
 * 404 ("no admin endpoint") or 405. The catch-all {@code /admin/{proxy+}} is left out.
 */
class AdminRoutesTemplateIT {
  private final AdminFixture f = new AdminFixture();

  @Test
  void everyTemplateAdminRoute_isRouted() throws Exception {
    List<Route> routes =
        TemplateFile.read(TemplateFile.locate(Path.of(""))).routes().stream()
            .filter(r -> r.path().startsWith("/admin/") && !r.path().contains("{proxy+}"))
            .toList();
    assertFalse(routes.isEmpty());
    f.tenant("globex");
    for (Route route : routes) {
      String path =
          route
              .path()
              .replace("{tenantId}", "globex")
              .replace("{groupId}", "g1")
              .replace("{userId}", "u1")
              .replace("{tokenId}", "t1")
              .replace("{community}", "c1");
      AdminFixture.Reply reply = f.call(route.method(), path, "{}");
      assertNotEquals(405, reply.status(), route.toString());
      String message = reply.json().path("message").asText("");
      assertFalse(message.startsWith("No admin endpoint"), route + " -> " + message);
    }
  }
}
