package io.scimgate.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.app.Components;
import io.scimgate.http.Endpoint;
import io.scimgate.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Priming runs a route end to end through made-up collaborators only: if a route stopped reaching
 * 200 here, the snapshot would be primed with an error path instead of the request path.
 */
class SnapStartPrimingTest {

  @Test
  void listUsers_withMadeUpToken_is200_thenWithoutToken_is401() throws Exception {
    assertEquals(
        List.of(200, 401), statuses(Components::users, "GET /tenants/{tenantId}/scim/v2/Users"));
  }

  @Test
  void schemas_withMadeUpToken_is200_thenWithoutToken_is401() throws Exception {
    assertEquals(
        List.of(200, 401),
        statuses(Components::discovery, "GET /tenants/{tenantId}/scim/v2/Schemas"));
  }

  private static List<Integer> statuses(Function<Components, Endpoint> endpoint, String routeKey)
      throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (String response : new SnapStartPriming(Components.wiring(endpoint), routeKey).prime()) {
      statuses.add(Json.parse(response).path("statusCode").asInt());
    }
    return statuses;
  }
}
