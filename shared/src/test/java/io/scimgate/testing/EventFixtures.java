package io.scimgate.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.app.Components;
import io.scimgate.auth.Tokens;
import io.scimgate.deploy.TemplateFile;
import io.scimgate.json.Json;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The API Gateway HTTP API v2 events under {@code events/}, shared by handler tests and by {@code
 * sam local invoke}. Every fixture authenticates as tenant {@value #TENANT} with {@link #TOKEN},
 * which handler tests register in a fresh table.
 */
public final class EventFixtures {
  public static final String TENANT = "acme";

  /** The one example token of the fixtures: {@code scim_} and 43 base64url characters. */
  public static final String TOKEN = "scim_EventFixtureTokenForLocalInvokeOnly00000000";

  private EventFixtures() {}

  /**
   * Components over a fresh DynamoDB Local table in which {@link #TOKEN} belongs to {@value
   * #TENANT}.
   */
  public static Components componentsAcceptingFixtureToken() {
    Dynamo dynamo = LocalDynamo.freshTable();
    new DynamoTokenStore(dynamo)
        .put(
            new StoredToken(
                TENANT, "fixture", Tokens.digest(TestTenant.PEPPER, TOKEN), Instant.now()));
    return Components.withDefaults(
        dynamo, () -> TestTenant.PEPPER, Duration.ofSeconds(30), Clock.systemUTC());
  }

  /** The decoded v2 response a handler wrote. */
  public static JsonNode response(byte[] output) {
    try {
      return Json.MAPPER.readTree(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path directory() {
    return TemplateFile.locate(Path.of("")).getParent().resolve("events");
  }

  public static byte[] bytes(String fileName) {
    try {
      return Files.readAllBytes(directory().resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode json(String fileName) {
    try {
      return Json.MAPPER.readTree(bytes(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
