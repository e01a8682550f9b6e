package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.scimgate.http.PublicBaseUrl;
import io.scimgate.requestlog.Observations;
import io.scimgate.store.dynamo.DynamoDirectoryReader;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.testing.TemplateRoutes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Routes live in template.yaml; {@link AdminFrontDoor} repeats the admin ones to dispatch them.
 * This keeps the two lists equal: a route API Gateway sends that nothing serves would answer 404,
 * and a route served but not in the template would reach the function only through the catch-all,
 * undocumented.
 */
class AdminRoutesMatchTemplateTest {

  @Test
  void everyAdminRouteOfTheTemplate_isServed_andNothingElse() throws Exception {
    List<String> template = new ArrayList<>();
    for (String route : TemplateRoutes.ofFunction("AdminFunction")) {
      if (!route.endsWith("{proxy+}")) {
        template.add(route);
      }
    }
    AdminFrontDoor frontDoor =
        new AdminFrontDoor(
            new AdminAuthenticator("unused"),
            // Feed, reconciliation and observations only enable their routes here; nothing is
            // called.
            new AdminPorts(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new DynamoEventFeed(null),
                new DynamoDirectoryReader(null),
                new Observations(null, null, null, null),
                null,
                Clock.systemUTC(),
                PublicBaseUrl.derived(),
                AdminPorts.ERASE_BUDGET));

    TreeSet<String> unserved = new TreeSet<>(template);
    unserved.removeAll(frontDoor.routeKeys());
    TreeSet<String> notInTemplate = new TreeSet<>(frontDoor.routeKeys());
    notInTemplate.removeAll(template);

    assertFalse(template.isEmpty(), "no admin routes read from template.yaml");
    assertEquals(
        List.of(), List.copyOf(unserved), "in template.yaml, not served by AdminFrontDoor");
    assertEquals(
        List.of(), List.copyOf(notInTemplate), "served by AdminFrontDoor, not in template.yaml");
  }
}
