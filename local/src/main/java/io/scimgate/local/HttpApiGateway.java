package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What API Gateway HTTP API does between the client and the functions: route the request (routes
 * from template.yaml), authorise {@code AWS_IAM} routes, invoke the route's function with a payload
 * 2.0 event, and turn its response into HTTP. Like API Gateway it answers {@code {"message":"Not
 * Found"}} when no route matches, {@code {"message":"Internal Server Error"}} (500) when the
 * function fails, and {@code {"message":"Service Unavailable"}} (503) when it times out.
 */
final class HttpApiGateway {
  /** HTTP API's integration timeout: no answer within it is a 503. */
  static final long INTEGRATION_TIMEOUT_MILLIS = 30_000;

  private final RouteMatcher routes;
  private final Set<String> iamRouteKeys;
  private final IamStandIn iam;
  private final Lambdas lambdas;
  private final EventBuilder events;
  private final PrintStream log;

  HttpApiGateway(
      RouteMatcher routes,
      Set<String> iamRouteKeys,
      IamStandIn iam,
      Lambdas lambdas,
      int port,
      PrintStream log) {
    this.routes = routes;
    this.iamRouteKeys = Set.copyOf(iamRouteKeys);
    this.iam = iam;
    this.lambdas = lambdas;
    this.events = new EventBuilder(port);
    this.log = log;
  }

  GatewayResponse handle(IncomingRequest request) throws InterruptedException {
    long started = System.nanoTime();
    GatewayResponse response = answer(request);
    log.printf(
        "%s %s -> %d (%d ms)%n",
        request.method(),
        request.rawPath(),
        response.status(),
        (System.nanoTime() - started) / 1_000_000);
    return response;
  }

  private GatewayResponse answer(IncomingRequest request) throws InterruptedException {
    Optional<RouteMatcher.Match> match = routes.match(request.method(), request.pathSegments());
    if (match.isEmpty()) {
      return GatewayResponse.message(404, "Not Found");
    }
    TemplateFile.Route route = match.get().route();
    String requestId = UUID.randomUUID().toString();
    ObjectNode event = events.build(request, match.get(), requestId, Instant.now());
    if (iamRouteKeys.contains(match.get().routeKey())) {
      Optional<ObjectNode> caller = iam.authorise(request);
      if (caller.isEmpty()) {
        return GatewayResponse.message(403, "Forbidden");
      }
      ((ObjectNode) event.get("requestContext")).putObject("authorizer").set("iam", caller.get());
    }
    byte[] payload = Json.write(event).getBytes(StandardCharsets.UTF_8);
    Lambdas.Result result =
        lambdas.invoke(route.function(), requestId, payload, INTEGRATION_TIMEOUT_MILLIS);
    switch (result.outcome().kind()) {
      case SUCCESS -> {
        try {
          JsonNode out =
              result.outcome().payload().length == 0
                  ? null
                  : Json.MAPPER.readTree(result.outcome().payload());
          return GatewayResponse.fromFunction(out);
        } catch (IOException | IllegalArgumentException malformed) {
          log.println(route.function() + " " + requestId + " response is not a 2.0 response");
          return GatewayResponse.message(500, "Internal Server Error");
        }
      }
      case TIMEOUT -> {
        return GatewayResponse.message(503, "Service Unavailable");
      }
      default -> {
        return GatewayResponse.message(500, "Internal Server Error");
      }
    }
  }
}
