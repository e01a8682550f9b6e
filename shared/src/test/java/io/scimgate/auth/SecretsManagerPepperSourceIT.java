package io.scimgate.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimgate.app.Components;
import io.scimgate.http.HttpResponse;
import io.scimgate.scim.error.ServiceUnavailableException;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.MotoServer;
import io.scimgate.testing.MutableClock;
import io.scimgate.testing.TestTenant;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The pepper path over the real Secrets Manager wire protocol (moto_server). */
class SecretsManagerPepperSourceIT {
  private static MotoServer moto;
  private static SecretsManagerClient client;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
    client = moto.secretsManager();
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
  }

  @Test
  void readsThePepperAndCachesItForTheTtl() {
    String arn = client.createSecret(r -> r.name("pepper-cache").secretString("p1")).arn();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    var source = new SecretsManagerPepperSource(client, arn, Duration.ofSeconds(60), clock);

    assertArrayEquals(bytes("p1"), source.pepper());
    client.putSecretValue(r -> r.secretId(arn).secretString("p2"));
    assertArrayEquals(bytes("p1"), source.pepper(), "within the TTL the cached pepper is used");

    clock.advance(Duration.ofSeconds(61));
    assertArrayEquals(bytes("p2"), source.pepper(), "after the TTL the secret is read again");
  }

  @Test
  void failedRefresh_keepsTheCachedPepperForTheGrace_thenIs503() {
    String arn = client.createSecret(r -> r.name("pepper-grace").secretString("g1")).arn();
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    var source = new SecretsManagerPepperSource(client, arn, Duration.ofSeconds(60), clock);
    assertArrayEquals(bytes("g1"), source.pepper());
    client.deleteSecret(r -> r.secretId(arn).forceDeleteWithoutRecovery(true));

    clock.advance(Duration.ofSeconds(61));
    assertArrayEquals(
        bytes("g1"), source.pepper(), "refresh failed: the cached pepper still serves");

    clock.advance(SecretsManagerPepperSource.STALE_GRACE);
    assertThrows(ServiceUnavailableException.class, source::pepper);
  }

  @Test
  void unknownSecret_isServiceUnavailable_notUnauthorized() {
    var source =
        new SecretsManagerPepperSource(
            client,
            "no-such-secret",
            Duration.ofSeconds(60),
            new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));

    assertThrows(ServiceUnavailableException.class, source::pepper);
  }

  @Test
  void secretsManagerOutage_answers503WithRetryAfter_never401() {
    SecretsManagerClient unreachable =
        MotoServer.secretsManagerAt(URI.create("http://127.0.0.1:" + MotoServer.freePort()));
    Dynamo dynamo = LocalDynamo.freshTable();
    var pepper =
        new SecretsManagerPepperSource(
            unreachable,
            "pepper",
            Duration.ofSeconds(60),
            new MutableClock(Instant.parse("2026-01-01T00:00:00Z")));
    Components components =
        Components.withDefaults(dynamo, pepper, Duration.ofSeconds(30), Clock.systemUTC());
    String token = Tokens.generate();
    new DynamoTokenStore(dynamo)
        .put(new StoredToken("acme", "t1", Tokens.digest(bytes("x"), token), Instant.now()));
    var request = TestTenant.create("acme").scim("GET", "/Users");
    var headers = new java.util.HashMap<>(request.headers());
    headers.put("authorization", "Bearer " + token);
    var withToken =
        new io.scimgate.http.HttpRequest(
            "GET", request.path(), request.pathParameters(), request.query(), headers, null, "r1");

    HttpResponse response = components.users().handle(withToken);

    assertEquals(503, response.status());
    assertEquals("5", response.headers().get("Retry-After"));
  }

  @Test
  void endToEnd_tokenVerifiedWithThePepperFromSecretsManager() {
    String arn =
        client.createSecret(r -> r.name("pepper-e2e").secretString("pepper-from-sm")).arn();
    Dynamo dynamo = LocalDynamo.freshTable();
    var pepper =
        new SecretsManagerPepperSource(client, arn, Duration.ofSeconds(60), Clock.systemUTC());
    Components components =
        Components.withDefaults(dynamo, pepper, Duration.ofSeconds(30), Clock.systemUTC());
    String token = Tokens.generate();
    new DynamoTokenStore(dynamo)
        .put(
            new StoredToken(
                "acme", "t1", Tokens.digest(bytes("pepper-from-sm"), token), Instant.now()));
    var base = TestTenant.create("acme").scim("GET", "/Users");
    var headers = new java.util.HashMap<>(base.headers());
    headers.put("authorization", "Bearer " + token);
    var request =
        new io.scimgate.http.HttpRequest(
            "GET", base.path(), base.pathParameters(), base.query(), headers, null, "r2");

    assertEquals(200, components.users().handle(request).status());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
