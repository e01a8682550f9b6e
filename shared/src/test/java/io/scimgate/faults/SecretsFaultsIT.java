package io.scimgate.faults;

import static io.scimgate.testing.FaultyHttpClient.Fault.HANG;
import static io.scimgate.testing.FaultyHttpClient.Fault.SECRETS_SERVER_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.app.Components;
import io.scimgate.app.SdkClients;
import io.scimgate.auth.SecretsManagerPepperSource;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import io.scimgate.testing.FaultyHttpClient;
import io.scimgate.testing.LocalDynamo;
import io.scimgate.testing.MotoServer;
import io.scimgate.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Secrets Manager failing under the SDK (moto_server behind a {@link FaultyHttpClient}, the
 * service's own client configuration): a warm container keeps verifying tokens with its cached
 * pepper; a cold one answers 503 with Retry-After — never 401, which an IdP would report to its
 * admin as a wrong token.
 */
class SecretsFaultsIT {
  private static final Duration PEPPER_TTL = Duration.ofMinutes(5);
  private static MotoServer moto;
  private static String secretArn;

  @BeforeAll
  static void startMoto() {
    moto = MotoServer.start();
    secretArn =
        moto.secretsManager()
            .createSecret(r -> r.name("pepper-faults").secretString("pepper-in-sm"))
            .arn();
  }

  @AfterAll
  static void stopMoto() {
    moto.close();
  }

  @Test
  void warmContainer_keepsServingWithTheCachedPepper_whileSecretsManagerFails() {
    Container warm = new Container();
    assertEquals(200, warm.listUsers().status());

    warm.http.always("GetSecretValue", SECRETS_SERVER_ERROR);
    warm.pepperClock.advance(PEPPER_TTL.plusSeconds(1));

    assertEquals(200, warm.listUsers().status());
    assertTrue(warm.http.faulted().get("GetSecretValue") >= 1, "the refresh was attempted");
  }

  @Test
  void coldContainer_whileSecretsManagerFails_is503WithRetryAfter_never401() {
    for (FaultyHttpClient.Fault fault : new FaultyHttpClient.Fault[] {SECRETS_SERVER_ERROR, HANG}) {
      Container cold = new Container();
      cold.http.always("GetSecretValue", fault);
      long start = System.nanoTime();

      HttpResponse reply = cold.listUsers();

      System.out.printf(
          "cold start, Secrets Manager %s: %d after %d ms, %s requests%n",
          fault, reply.status(), (System.nanoTime() - start) / 1_000_000, cold.http.requests());
      assertEquals(503, reply.status(), reply.body());
      assertEquals("5", reply.headers().get("Retry-After"));
    }
  }

  /** One container's worth of components: its own SDK client, pepper cache and token cache. */
  private static final class Container {
    final FaultyHttpClient http = new FaultyHttpClient(UrlConnectionHttpClient.create());
    final MutableClock pepperClock = new MutableClock();
    final Dynamo dynamo = LocalDynamo.freshTable();
    final String token = Tokens.generate();
    final Components components;

    Container() {
      SecretsManagerClient secrets =
          SdkClients.secrets(http)
              .endpointOverride(moto.endpoint())
              .region(Region.US_EAST_1)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("t", "t")))
              .build();
      var pepper = new SecretsManagerPepperSource(secrets, secretArn, PEPPER_TTL, pepperClock);
      // Token cache of zero: every request verifies the token, so every request needs the pepper.
      components = Components.withDefaults(dynamo, pepper, Duration.ZERO, Clock.systemUTC());
      byte[] bytes = "pepper-in-sm".getBytes(StandardCharsets.UTF_8);
      new DynamoTokenStore(dynamo)
          .put(new StoredToken("acme", "t1", Tokens.digest(bytes, token), Instant.now()));
    }

    HttpResponse listUsers() {
      Map<String, String> headers = new HashMap<>();
      headers.put("authorization", "Bearer " + token);
      headers.put("host", "scim.test");
      return components
          .users()
          .handle(
              new HttpRequest(
                  "GET",
                  "/tenants/acme/scim/v2/Users",
                  Map.of("tenantId", "acme"),
                  Map.of(),
                  headers,
                  null,
                  UUID.randomUUID().toString()));
    }
  }
}
