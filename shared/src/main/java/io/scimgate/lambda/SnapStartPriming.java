package io.scimgate.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.auth.PepperSource;
import io.scimgate.auth.SecretsManagerPepperSource;
import io.scimgate.auth.Tokens;
import io.scimgate.http.Endpoint;
import io.scimgate.json.Json;
import io.scimgate.log.AccessLine;
import io.scimgate.log.Log;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.filter.FilterParser;
import io.scimgate.scim.resource.AttributeSelection;
import io.scimgate.scim.resource.Projection;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * SnapStart priming: just before Lambda snapshots a published version, runs one of the function's
 * routes through the real adapter, front door, authenticator, store code and SDK pipeline, so that
 * a restored sandbox starts with those classes loaded and initialised (docs/decisions/0003).
 *
 * <p>Everything it talks to is made up: the function's endpoint, wired by the caller over a table
 * served by {@link PrimingHttpClient} and a made-up pepper, and a made-up token. It makes no
 * network call and does not touch the function's own clients or caches, because the snapshot would
 * keep whatever they hold: init-phase credentials, connections that are dead after restore, and the
 * real pepper, which would then sit in every sandbox restored from the snapshot for the life of the
 * version.
 */
public final class SnapStartPriming implements Resource {
  /** org.crac and Lambda's runtime hold resources weakly; this keeps the hooks alive. */
  private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

  private static final String TENANT = "priming";
  private static final String TOKEN = "scim_" + "0".repeat(43);
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}+]+)\\+?}");

  private final BiFunction<Dynamo, PepperSource, Endpoint> endpoint;
  private final String routeKey;

  SnapStartPriming(BiFunction<Dynamo, PepperSource, Endpoint> endpoint, String routeKey) {
    this.endpoint = endpoint;
    this.routeKey = routeKey;
  }

  /**
   * Primes {@code routeKey} (as in template.yaml, e.g. {@code GET
   * /tenants/{tenantId}/scim/v2/Users}) on the endpoint that {@code endpoint} wires over the table
   * and pepper it is given, before each checkpoint. The wiring must keep no cache: what it holds
   * ends up in the snapshot.
   */
  public static void register(
      BiFunction<Dynamo, PepperSource, Endpoint> endpoint, String routeKey) {
    SnapStartPriming priming = new SnapStartPriming(endpoint, routeKey);
    REGISTERED.add(priming);
    Core.getGlobalContext().register(priming);
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    try {
      prime();
    } catch (IOException | RuntimeException e) {
      // Priming only saves time; a snapshot without it is still correct.
      Log.warn("snapstart-priming", "priming_failed", e.toString());
    }
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {}

  /** Runs the route with the made-up token, then without one; returns both response events. */
  List<String> prime() throws IOException {
    PrimingHttpClient http = new PrimingHttpClient();
    try (DynamoDbClient dynamoClient = http.dynamo();
        SecretsManagerClient secrets = http.secretsManager()) {
      byte[] pepper =
          new SecretsManagerPepperSource(secrets, TENANT, Duration.ZERO, Clock.systemUTC())
              .pepper();
      Dynamo dynamo = new Dynamo(dynamoClient, TENANT);
      new DynamoTokenStore(dynamo)
          .put(new StoredToken(TENANT, TENANT, Tokens.digest(pepper, TOKEN), Instant.EPOCH));
      LambdaAdapter adapter =
          new LambdaAdapter(endpoint.apply(dynamo, () -> pepper), new AccessLine(false));
      List<String> responses = List.of(invoke(adapter, TOKEN), invoke(adapter, null));
      primeScimCore();
      primeTls();
      return responses;
    }
  }

  /** The parts of the SCIM core an IdP's first requests reach: filter, evaluation, projection. */
  private static void primeScimCore() {
    ResourceType user = SchemaRegistry.standard().user();
    ObjectNode resource = Json.object();
    resource.putArray("schemas").add(SchemaRegistry.USER);
    resource.put("id", "priming");
    resource.put("userName", "priming@example.com");
    resource.putArray("emails").addObject().put("value", "priming@example.com").put("type", "work");
    Filter filter =
        FilterParser.parse("userName eq \"priming@example.com\" and emails[type eq \"work\"]");
    FilterEvaluator evaluator = new FilterEvaluator(user);
    evaluator.validate(filter);
    evaluator.matches(filter, resource);
    Projection.project(user, resource, AttributeSelection.of("userName,emails", null));
  }

  /**
   * Writes a TLS ClientHello into a buffer (no socket): loads and initialises the JDK's handshake
   * code, about 250 ms of CPU that the first HTTPS call to AWS would otherwise pay after restore.
   * No session is established, so nothing about a connection is kept in the snapshot.
   */
  private static void primeTls() throws IOException {
    try {
      SSLEngine engine = SSLContext.getDefault().createSSLEngine("dynamodb.amazonaws.com", 443);
      engine.setUseClientMode(true);
      engine.beginHandshake();
      engine.wrap(
          ByteBuffer.allocate(0), ByteBuffer.allocate(engine.getSession().getPacketBufferSize()));
      engine.closeOutbound();
    } catch (GeneralSecurityException e) {
      throw new IOException("no default TLS context", e);
    }
  }

  /** Runs one made-up request with its log lines formatted but not written ({@link Log#muted}). */
  private String invoke(LambdaAdapter adapter, String token) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IOException failed =
        Log.muted(() -> {
          try {
            adapter.handle(new ByteArrayInputStream(event(token)), out, null);
            return null;
          } catch (IOException e) {
            return e;
          }
        });
    if (failed != null) {
      throw failed;
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The route as API Gateway HTTP API (payload 2.0) would deliver it. */
  private byte[] event(String token) {
    String[] methodAndPath = routeKey.split(" ", 2);
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("routeKey", routeKey);
    ObjectNode parameters = event.putObject("pathParameters");
    Matcher names = PATH_PARAMETER.matcher(methodAndPath[1]);
    StringBuilder path = new StringBuilder();
    while (names.find()) {
      String value = names.group(1).equals("tenantId") ? TENANT : "priming";
      parameters.put(names.group(1), value);
      names.appendReplacement(path, value);
    }
    names.appendTail(path);
    event.put("rawPath", path.toString());
    event.put("rawQueryString", "");
    ObjectNode headers = event.putObject("headers");
    headers.put("host", "snapstart-priming.invalid");
    headers.put("accept", "application/scim+json");
    if (token != null) {
      headers.put("authorization", "Bearer " + token);
    }
    ObjectNode context = event.putObject("requestContext");
    context.putObject("http").put("method", methodAndPath[0]).put("path", path.toString());
    context.put("requestId", "snapstart-priming");
    event.put("isBase64Encoded", false);
    return Json.write(event).getBytes(StandardCharsets.UTF_8);
  }
}
