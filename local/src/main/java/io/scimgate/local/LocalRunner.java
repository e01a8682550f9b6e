package io.scimgate.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.sun.net.httpserver.HttpServer;
import io.scimgate.app.Components;
import io.scimgate.auth.Tokens;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.store.dynamo.TableDefinition;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The local runner (docs/architecture.md, "Local runner"): the handler classes of {@code template.yaml},
 * in-process behind an emulated HTTP API on {@code 127.0.0.1}, with DynamoDB Local embedded and a
 * pepper file instead of Secrets Manager. {@code make run} starts {@link #main}; tests start
 * {@link #start(Config)} on port 0 with a temporary data directory and {@link #close()} it.
 *
 * <p>The admin token reaches the admin function as the system property {@value
 * #ADMIN_TOKEN_PROPERTY} (set before the handlers are built); admin requests carry {@code
 * Authorization: Bearer <admin token>}. One JVM holds one value: the runner started last wins.
 */
public final class LocalRunner implements AutoCloseable {
  public static final String TABLE_NAME = "scimgate-local";
  public static final String ADMIN_TOKEN_PROPERTY = "scimgate.adminToken";
  private static final int WORKER_THREADS = 8;

  private final Config config;
  private final EmbeddedDynamo dynamo;
  private final HttpServer server;
  private final ExecutorService workers;
  private final String scimToken;
  private final String adminToken;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalRunner(
      Config config,
      EmbeddedDynamo dynamo,
      HttpServer server,
      ExecutorService workers,
      String scimToken,
      String adminToken) {
    this.config = config;
    this.dynamo = dynamo;
    this.server = server;
    this.workers = workers;
    this.scimToken = scimToken;
    this.adminToken = adminToken;
  }

  /**
   * Opens the data directory, creates the table from the template, provisions the tenant's and the
   * admin token (generating those not configured), builds each handler once and starts serving.
   * Returns once requests are answered.
   */
  public static LocalRunner start(Config config) throws IOException {
    TemplateFile template = TemplateFile.read(config.template());
    List<TemplateFile.Route> routes = template.routes();
    String scimToken = config.scimToken() != null ? config.scimToken() : Tokens.generate();
    String adminToken = config.adminToken() != null ? config.adminToken() : Tokens.generate();

    EmbeddedDynamo dynamo = EmbeddedDynamo.open(config.dataDir());
    ExecutorService workers = null;
    try {
      TableDefinition.ensure(dynamo.client(), TABLE_NAME, template.tableProperties());
      Dynamo table = new Dynamo(dynamo.client(), TABLE_NAME);
      byte[] pepper = PepperFile.loadOrCreate(config.dataDir());
      new DynamoTenantStore(table).create(config.tenant(), Instant.now());
      LocalTokens.grant(new DynamoTokenStore(table), pepper, config.tenant(), scimToken);
      System.setProperty(ADMIN_TOKEN_PROPERTY, adminToken);

      Components components =
          new Components(table, () -> pepper, config.tokenCacheTtl(), Clock.systemUTC());
      Map<String, RequestStreamHandler> handlers =
          FunctionHandlers.instantiate(routes, components);

      HttpServer server = bind(config.port());
      workers = Executors.newFixedThreadPool(WORKER_THREADS, workerThreads());
      server.setExecutor(workers);
      server.createContext(
          "/", new HttpApiGateway(new RouteMatcher(routes), handlers, server.getAddress().getPort()));
      server.start();
      return new LocalRunner(config, dynamo, server, workers, scimToken, adminToken);
    } catch (IOException | RuntimeException e) {
      if (workers != null) {
        workers.shutdownNow();
      }
      dynamo.close();
      if (adminToken.equals(System.getProperty(ADMIN_TOKEN_PROPERTY))) {
        System.clearProperty(ADMIN_TOKEN_PROPERTY);
      }
      throw e;
    }
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
    return server.getAddress().getPort();
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

  /** Stops serving, then shuts DynamoDB Local down (without that, the JVM does not exit). */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(1);
    workers.shutdownNow();
    dynamo.close();
    if (adminToken.equals(System.getProperty(ADMIN_TOKEN_PROPERTY))) {
      System.clearProperty(ADMIN_TOKEN_PROPERTY);
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
          "local runner: cannot listen on 127.0.0.1:" + config.port()
              + " (" + e.getMessage() + "); set PORT to a free port, or 0 for any.");
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
            new Thread(() -> {
              runner.close();
              out.println("Local runner stopped.");
            }, "local-runner-shutdown"));

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

  private static HttpServer bind(int port) throws IOException {
    return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> new Thread(task, "local-http-" + count.incrementAndGet());
  }
}
