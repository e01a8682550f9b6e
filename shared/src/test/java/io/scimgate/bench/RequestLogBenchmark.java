package io.scimgate.bench;

import io.scimgate.app.Components;
import io.scimgate.app.ObserveSettings;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.observe.DynamoMeter;
import io.scimgate.observe.RequestContext;
import io.scimgate.requestlog.RequestLogMode;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTenantStore;
import io.scimgate.store.dynamo.TableDefinition;
import io.scimgate.testing.MotoServer;
import io.scimgate.testing.TestTenant;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * What recording adds to a SCIM request (docs/benchmarks/request-log.md): latency and DynamoDB
 * calls / capacity per request, with the request log off, on errors, and on everything, for a 200
 * (Okta's Test Connector GET) and a 409 (a duplicate create). DynamoDB Local over HTTP on loopback,
 * the SDK client the functions use; every DynamoDB call of the process is counted.
 *
 * <pre>mvn -B -q -pl shared test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd shared && java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   io.scimgate.bench.RequestLogBenchmark [requests per row, default 300]</pre>
 */
public final class RequestLogBenchmark {
  static final AtomicLong CALLS = new AtomicLong();
  static final DoubleAdder UNITS = new DoubleAdder();

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    int port = MotoServer.freePort();
    DynamoDBProxyServer server =
        ServerRunner.createServerFromCommandLineArgs(
            new String[] {"-inMemory", "-port", Integer.toString(port)});
    server.start();
    try {
      DynamoDbClient client =
          DynamoDbClient.builder()
              .endpointOverride(URI.create("http://127.0.0.1:" + port))
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("b", "b")))
              .httpClient(UrlConnectionHttpClient.create())
              .overrideConfiguration(o ->
                  o.addExecutionInterceptor(new DynamoMeter())
                      .addExecutionInterceptor(new Counter()))
              .build();
      TableDefinition.ensure(
          client, "bench", TemplateFile.read(TemplateFile.locate(Path.of(""))).tableProperties());
      Dynamo dynamo = new Dynamo(client, "bench");
      TestTenant tenant = TestTenant.on(dynamo, "bench");
      new DynamoTenantStore(dynamo).create("bench", Instant.now());
      Components components =
          new Components(
              dynamo,
              () -> TestTenant.PEPPER,
              Duration.ofSeconds(30),
              Clock.systemUTC(),
              new ObserveSettings(Duration.ofDays(14), Duration.ofSeconds(10), false),
              PublicBaseUrl.derived());
      var settings =
          new io.scimgate.requestlog.TenantObservations(dynamo, Duration.ZERO, Clock.systemUTC());
      Endpoint plain =
          new io.scimgate.scim.endpoint.ScimFrontDoor(
              new io.scimgate.auth.BearerAuthenticator(
                  new io.scimgate.store.dynamo.DynamoCredentials(dynamo),
                  () -> TestTenant.PEPPER,
                  Duration.ofSeconds(30),
                  Clock.systemUTC()),
              new io.scimgate.scim.users.UsersResource(
                  new io.scimgate.store.dynamo.DynamoUserStore(dynamo),
                  new io.scimgate.store.dynamo.DynamoGroupStore(dynamo),
                  new io.scimgate.scim.common.TenantAttributes(
                      components.storedAttributes(), tenantId -> List.of())));
      plain.handle(tenant.scim("POST", "/Users", user("dup@bench.test"), Map.of()));
      System.out.println(
          "| request | request log | p50 ms | p99 ms | recording p50 ms | recording p99 ms |"
              + " DynamoDB calls | capacity units | added calls | added units |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (String kind : List.of("GET /Users 200", "POST /Users 409")) {
        Result base = run(plain, tenant, kind, n);
        print(kind, "not recorded (baseline)", base, base);
        for (RequestLogMode mode : RequestLogMode.values()) {
          settings.setMode("bench", mode);
          // The recorder's settings cache is per Components; a fresh one sees the new mode at once.
          Components fresh =
              new Components(
                  dynamo,
                  () -> TestTenant.PEPPER,
                  Duration.ofSeconds(30),
                  Clock.systemUTC(),
                  new ObserveSettings(Duration.ofDays(14), Duration.ofSeconds(10), false),
                  PublicBaseUrl.derived());
          Result with = run(fresh.users(), tenant, kind, n);
          print(kind, mode.wire(), with, base);
        }
      }
    } finally {
      server.stop();
    }
    System.exit(0);
  }

  record Result(
      double p50, double p99, double record50, double record99, double calls, double units) {}

  static Result run(Endpoint endpoint, TestTenant tenant, String kind, int n) {
    for (int i = 0; i < n / 5; i++) {
      endpoint.handle(RequestContext.detached("warm"), request(tenant, kind));
    }
    double[] millis = new double[n];
    double[] recording = new double[n];
    long calls0 = CALLS.get();
    double units0 = UNITS.sum();
    for (int i = 0; i < n; i++) {
      HttpRequest request = request(tenant, kind);
      RequestContext context = RequestContext.detached("bench");
      long t0 = System.nanoTime();
      endpoint.handle(context, request);
      millis[i] = (System.nanoTime() - t0) / 1e6;
      recording[i] = context.recordMillis();
    }
    Arrays.sort(millis);
    Arrays.sort(recording);
    return new Result(
        millis[n / 2],
        millis[(int) (n * 0.99)],
        recording[n / 2],
        recording[(int) (n * 0.99)],
        (CALLS.get() - calls0) / (double) n,
        (UNITS.sum() - units0) / n);
  }

  static HttpRequest request(TestTenant tenant, String kind) {
    HttpRequest r =
        kind.startsWith("GET")
            ? tenant.scim("GET", "/Users", null, Map.of("startIndex", "1", "count", "2"))
            : tenant.scim("POST", "/Users", user("dup@bench.test"), Map.of());
    Map<String, String> headers = new java.util.HashMap<>(r.headers());
    headers.put("user-agent", "Okta SCIM Client 1.0.0");
    return new HttpRequest(
        r.method(),
        r.path(),
        r.pathParameters(),
        r.query(),
        headers,
        r.body(),
        UUID.randomUUID().toString());
  }

  static String user(String userName) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + userName
        + "\",\"password\":\"bench-password\",\"name\":{\"givenName\":\"B\",\"familyName\":\"E\"},"
        + "\"emails\":[{\"value\":\""
        + userName
        + "\",\"type\":\"work\",\"primary\":true}],\"active\":true}";
  }

  static void print(String kind, String mode, Result r, Result base) {
    System.out.printf(
        "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
        kind,
        mode,
        r.p50,
        r.p99,
        r.record50,
        r.record99,
        r.calls,
        r.units,
        r.calls - base.calls,
        r.units - base.units);
  }

  /** Counts every DynamoDB call of the process and the capacity DynamoDB reported for it. */
  static final class Counter implements ExecutionInterceptor {
    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
      CALLS.incrementAndGet();
      Object r = context.response();
      List<ConsumedCapacity> list = new ArrayList<>();
      switch (r) {
        case software.amazon.awssdk.services.dynamodb.model.GetItemResponse g ->
            add(list, g.consumedCapacity());
        case software.amazon.awssdk.services.dynamodb.model.PutItemResponse g ->
            add(list, g.consumedCapacity());
        case software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse g ->
            add(list, g.consumedCapacity());
        case software.amazon.awssdk.services.dynamodb.model.QueryResponse g ->
            add(list, g.consumedCapacity());
        case software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse g ->
            list.addAll(g.consumedCapacity());
        case software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse g ->
            list.addAll(g.consumedCapacity());
        case software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse g ->
            list.addAll(g.consumedCapacity());
        default -> {}
      }
      list.forEach(c -> UNITS.add(c.capacityUnits() == null ? 0 : c.capacityUnits()));
    }

    @Override
    public void onExecutionFailure(
        Context.FailedExecution context, ExecutionAttributes attributes) {
      CALLS.incrementAndGet();
    }

    private static void add(List<ConsumedCapacity> list, ConsumedCapacity c) {
      if (c != null) {
        list.add(c);
      }
    }
  }
}
