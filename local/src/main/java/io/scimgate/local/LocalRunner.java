package io.scimgate.local;

import io.scimgate.auth.Tokens;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.feed.EventJournal;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoDirectoryReader;
import io.scimgate.store.dynamo.DynamoEventFeed;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.TableDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The local runner (docs/architecture.md, "Local runner"): every function of {@code template.yaml}
 * served from its deployment jar, each in its own JVM under AWS's Lambda runtime interface client,
 * behind an emulated HTTP API on {@code 127.0.0.1}, with DynamoDB Local and a local Secrets Manager
 * secret. {@code make run} starts {@link #main}; tests start {@link #start(Config)} on port 0 with
 * a temporary data directory and {@link #close()} it.
 *
 * <p>Admin requests carry {@code Authorization: Bearer <admin token>}, which the gateway checks in
 * place of IAM ({@link IamStandIn}).
 */
public final class LocalRunner implements AutoCloseable {
  public static final String TABLE_NAME = "scimgate-local";

  /** The pepper secret's name as the functions see it ({@code PEPPER_SECRET_ID}). */
  public static final String SECRET_ID = "scimgate-local/token-pepper";

  /** A kept-alive connection with no request for this long is closed. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(75);

  /** A request whose head and body have not arrived this long after its first byte gets 408. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** StreamFunction's {@code EVENT_BUS_NAME} locally (no such bus exists). */
  static final String LOCAL_EVENT_BUS = "scimgate-local-events";

  /** StreamFunction's {@code DEAD_LETTER_QUEUE_URL} locally (no queue listens there). */
  static final String LOCAL_DEAD_LETTER_QUEUE =
      "http://127.0.0.1:9/000000000000/scimgate-local-dlq";

  /** How often the runner appends new events to {@code events.jsonl} (docs/events.md). */
  static final Duration JOURNAL_POLL = Duration.ofSeconds(1);

  private final Config config;
  private final Deque<AutoCloseable> parts;
  private final Lambdas lambdas;
  private final FunctionLogs logs;
  private final HttpFront server;
  private final String scimToken;
  private final String adminToken;
  private final String dynamoEndpoint;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalRunner(
      Config config,
      Deque<AutoCloseable> parts,
      Lambdas lambdas,
      FunctionLogs logs,
      HttpFront server,
      String scimToken,
      String adminToken,
      String dynamoEndpoint) {
    this.config = config;
    this.parts = parts;
    this.lambdas = lambdas;
    this.logs = logs;
    this.server = server;
    this.scimToken = scimToken;
    this.adminToken = adminToken;
    this.dynamoEndpoint = dynamoEndpoint;
  }

  /**
   * Opens the data directory, starts DynamoDB Local and creates the table from the template,
   * provisions the tenant's and the admin token (generating those not configured), and starts
   * serving. Sandboxes start on their function's first invoke. Returns once requests are answered.
   */
  public static LocalRunner start(Config config) throws IOException {
    TemplateFile template = TemplateFile.read(config.template());
    String scimToken = config.scimToken() != null ? config.scimToken() : Tokens.generate();
    String adminToken = config.adminToken() != null ? config.adminToken() : Tokens.generate();
    Deque<AutoCloseable> parts = new ArrayDeque<>();
    try {
      DynamoServer dynamo = DynamoServer.start(config.dataDir());
      parts.push(dynamo);
      TableDefinition.ensure(dynamo.client(), TABLE_NAME, template.tableProperties());
      Dynamo table = new Dynamo(dynamo.client(), TABLE_NAME);
      byte[] pepper = PepperFile.loadOrCreate(config.dataDir());
      new DynamoTenantStore(table).create(config.tenant(), Instant.now());
      LocalTokens.grant(new DynamoTokenStore(table), pepper, config.tenant(), scimToken);
      // Every event also as one JSON line under the data directory (docs/events.md), written by
      // the runner process (it reads the feed like any product), not by the sandboxes.
      parts.push(
          new EventJournal(
                  new DynamoEventFeed(table),
                  new DynamoDirectoryReader(table),
                  config.dataDir().resolve("events.jsonl"))
              .start(JOURNAL_POLL));
      SecretsEmulator secrets =
          new SecretsEmulator(SECRET_ID, new String(pepper, StandardCharsets.UTF_8));
      parts.push(secrets);

      Map<String, FunctionSpec> specs =
          FunctionSpecs.read(
              template,
              config.template(),
              Map.of(
                  "ScimTable", TABLE_NAME,
                  "TokenPepperSecret", SECRET_ID,
                  "TokenCacheTtlSeconds", Long.toString(config.tokenCacheTtl().toSeconds()),
                  // No bus or queue runs locally: events.jsonl stands in for EventBridge and
                  // nothing feeds StreamFunction its stream; invoked by hand it gets these names
                  // (its PutEvents fails).
                  "ScimEventBus", LOCAL_EVENT_BUS,
                  "StreamDeliveryDeadLetterQueue", LOCAL_DEAD_LETTER_QUEUE));
      FunctionLogs logs = new FunctionLogs(System.err);
      TaskRoots taskRoots = TaskRoots.inTempDir();
      SandboxEnvironment environment =
          new SandboxEnvironment(
              dynamo.endpoint(),
              secrets.endpoint(),
              config.snapStart(),
              taskRoots.runtimeNativeLibrary(),
              config.sandboxJvmFlags());
      Lambdas lambdas = new Lambdas(specs, taskRoots, environment, config.concurrency(), logs);
      parts.push(lambdas);
      // The schedule and the fan-out-job trigger, played through the jars (not the bus stream).
      parts.push(LocalTriggers.start(template, lambdas, dynamo.client(), TABLE_NAME, System.err));

      HttpFront server = new HttpFront(config.port(), IDLE_TIMEOUT, REQUEST_TIMEOUT);
      parts.push(server);
      HttpApiGateway gateway =
          new HttpApiGateway(
              new RouteMatcher(template.routes()),
              FunctionSpecs.iamRouteKeys(template),
              new IamStandIn(adminToken),
              lambdas,
              server.port(),
              System.err);
      server.start(gateway::handle);
      return new LocalRunner(
          config, parts, lambdas, logs, server, scimToken, adminToken, dynamo.endpoint());
    } catch (IOException | RuntimeException e) {
      closeAll(parts);
      throw e;
    }
  }

  /**
   * Invokes a function directly with an event, as {@code sam local invoke -e} does, through its
   * jar's sandbox; returns what the function returned (for an HTTP function, its payload 2.0
   * response).
   *
   * @throws IllegalStateException when the function fails, times out or does not start, with the
   *     runtime's error document when there is one
   * @throws IllegalArgumentException when template.yaml has no function {@code functionLogicalId}
   */
  public String invoke(String functionLogicalId, String eventJson) throws InterruptedException {
    Lambdas.Result result =
        lambdas.invoke(
            functionLogicalId,
            null,
            eventJson.getBytes(StandardCharsets.UTF_8),
            HttpApiGateway.INTEGRATION_TIMEOUT_MILLIS);
    String payload = new String(result.outcome().payload(), StandardCharsets.UTF_8);
    if (result.outcome().kind() != Invocation.Kind.SUCCESS) {
      throw new IllegalStateException(
          functionLogicalId
              + " "
              + result.outcome().kind()
              + " ("
              + result.outcome().errorType()
              + ") on request "
              + result.requestId()
              + ": "
              + payload);
    }
    return payload;
  }

  /**
   * {@code http://127.0.0.1:<port>} of the runner's DynamoDB Local, where the functions' table
   * {@value #TABLE_NAME} lives (for tools and tests that look at or seed stored state).
   */
  public String dynamoEndpoint() {
    return dynamoEndpoint;
  }

  /** The function's recent log lines, as printed: {@code <function> <request id> <text>}. */
  public List<String> logLines(String functionLogicalId) {
    return logs.lines(functionLogicalId);
  }

  /** {@code http://127.0.0.1:<port>}: the API's root, where {@code /admin/...} lives too. */
  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** The SCIM base URL of the provisioned tenant. */
  public String baseUrl() {
    return url() + "/tenants/" + config.tenant() + "/scim/v2";
  }

  /** The port actually bound (the free one picked when the config said 0). */
  public int port() {
    return server.port();
  }

  public String tenant() {
    return config.tenant();
  }

  public Path dataDir() {
    return config.dataDir();
  }

  /** The tenant's bearer token: the configured one, or the one generated at this start. */
  public String scimToken() {
    return scimToken;
  }

  /** The admin bearer token: the configured one, or the one generated at this start. */
  public String adminToken() {
    return adminToken;
  }

  /**
   * Stops serving, stops every sandbox JVM, then shuts DynamoDB Local down (without that, the JVM
   * does not exit).
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      closeAll(parts);
    }
  }

  private static void closeAll(Deque<AutoCloseable> parts) {
    while (!parts.isEmpty()) {
      try {
        parts.pop().close();
      } catch (Exception e) {
        System.err.println("local runner: " + e);
      }
    }
  }

  /** {@code make run}: configured by environment variables (see {@link Config#fromEnvironment}). */
  public static void main(String[] args) {
    PrintStream out = System.out;
    Config config;
    LocalRunner runner;
    try {
      config = Config.fromEnvironment(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("local runner: " + e.getMessage());
      System.exit(2);
      return;
    }
    try {
      runner = start(config);
    } catch (BindException e) {
      System.err.println(
          "local runner: cannot listen on 127.0.0.1:"
              + config.port()
              + " ("
              + e.getMessage()
              + "); set PORT to a free port, or 0 for any.");
      System.exit(1);
      return;
    } catch (IOException | RuntimeException e) {
      System.err.println("local runner: failed to start: " + e);
      e.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  runner.close();
                  out.println("Local runner stopped.");
                },
                "local-runner-shutdown"));

    out.println("Data directory: " + config.dataDir().toAbsolutePath());
    out.println("Tenant: " + runner.tenant());
    out.println(
        config.scimToken() == null
            ? "SCIM token (generated, shown once): " + runner.scimToken()
            : "SCIM token: from SCIM_TOKEN");
    out.println(
        config.adminToken() == null
            ? "Admin token (generated, shown once): " + runner.adminToken()
            : "Admin token: from SCIM_ADMIN_TOKEN");
    out.println("Admin API: " + runner.url() + "/admin/ (Authorization: Bearer <admin token>)");
    out.println("SCIM base URL: " + runner.baseUrl());
    out.flush();
  }
}
