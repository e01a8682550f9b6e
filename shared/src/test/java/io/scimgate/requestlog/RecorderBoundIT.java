package io.scimgate.requestlog;

import static io.scimgate.requestlog.RequestLogFixture.OKTA;
import static io.scimgate.requestlog.RequestLogFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.app.Components;
import io.scimgate.app.ObserveSettings;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.observe.RequestContext;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.testing.CapturedStdout;
import io.scimgate.testing.LogLines;
import io.scimgate.testing.TestTenant;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A recording that fails or hangs never fails the request and holds it at most the budget. The
 * faults are real: a table that does not exist, and a DynamoDB endpoint that accepts connections
 * and never answers.
 */
class RecorderBoundIT {

  @Test
  void failingRecording_neverFailsTheRequest() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("acme");
    Observations broken = observations(new Dynamo(f.dynamo.client(), "no-such-table"));
    RequestRecorder recorder =
        new RequestRecorder(
            broken, () -> TestTenant.PEPPER, Clock.systemUTC(), Duration.ofSeconds(5));
    Endpoint users = new RecordingEndpoint(unrecorded(f), recorder);
    String captured;
    HttpResponse response;
    try (CapturedStdout out = new CapturedStdout()) {
      response = users.handle(RequestContext.detached("r1"), scim(f, token));
      captured = out.text();
    }
    assertEquals(201, response.status());
    assertTrue(captured.contains("\"event\":\"record_failed\""), captured);
    LogLines.of(captured).assertNoneOf(token, "pw-secret");
  }

  @Test
  void hangingDynamo_holdsTheRequestAtMostTheBudget() throws Exception {
    RequestLogFixture f = new RequestLogFixture();
    String token = f.tenant("acme");
    try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      DynamoDbClient hanging =
          DynamoDbClient.builder()
              .endpointOverride(URI.create("http://127.0.0.1:" + blackHole.getLocalPort()))
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
              .httpClient(
                  UrlConnectionHttpClient.builder().socketTimeout(Duration.ofSeconds(30)).build())
              .build();
      Duration budget = Duration.ofMillis(100);
      RequestRecorder recorder =
          new RequestRecorder(
              observations(new Dynamo(hanging, f.dynamo.table())),
              () -> TestTenant.PEPPER,
              Clock.systemUTC(),
              budget);
      RequestContext context = RequestContext.detached("r2");
      String captured;
      try (CapturedStdout out = new CapturedStdout()) {
        HttpResponse response =
            new RecordingEndpoint(unrecorded(f), recorder).handle(context, scim(f, token));
        captured = out.text();
        assertEquals(201, response.status());
      }
      // The budget plus scheduling slack on a loaded 2-core machine.
      assertTrue(
          context.recordMillis() < budget.toMillis() + 400,
          "record took " + context.recordMillis() + " ms");
      assertTrue(captured.contains("\"event\":\"record_late\""), captured);
    }
  }

  private static Observations observations(Dynamo dynamo) {
    return new Observations(
        new TenantObservations(dynamo, Duration.ofSeconds(30), Clock.systemUTC()),
        new DynamoRequestLog(dynamo, Duration.ofDays(14)),
        new DirectoryHealth(dynamo),
        new TokenLastUse(dynamo));
  }

  /** The fixture's SCIM /Users without its own recorder (the front door only). */
  private static Endpoint unrecorded(RequestLogFixture f) {
    Components plain =
        new Components(
            f.dynamo,
            () -> TestTenant.PEPPER,
            Duration.ofSeconds(30),
            f.clock,
            new ObserveSettings(Duration.ofDays(14), Duration.ZERO, false),
            PublicBaseUrl.derived());
    return plain.users();
  }

  private static io.scimgate.http.HttpRequest scim(RequestLogFixture f, String token) {
    return new io.scimgate.http.HttpRequest(
        "POST",
        "/tenants/acme/scim/v2/Users",
        java.util.Map.of("tenantId", "acme"),
        java.util.Map.of(),
        java.util.Map.of(
            "authorization",
            "Bearer " + token,
            "user-agent",
            OKTA,
            "content-type",
            "application/scim+json"),
        user("bound-" + System.nanoTime() + "@acme.test", "pw-secret"),
        java.util.UUID.randomUUID().toString());
  }
}
