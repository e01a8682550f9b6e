package io.scimgate.testing;

import io.scimgate.app.Components;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.dynamo.Dynamo;
import io.scimgate.store.dynamo.DynamoTokenStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant with a bearer token in a fresh DynamoDB Local table, and requests shaped the way API
 * Gateway delivers them.
 */
public final class TestTenant {
  public static final byte[] PEPPER = "test-pepper-0123456789".getBytes(StandardCharsets.UTF_8);

  public final Dynamo dynamo;
  public final Components components;
  public final String tenantId;
  public final String token;

  private TestTenant(Dynamo dynamo, String tenantId) {
    this.dynamo = dynamo;
    this.tenantId = tenantId;
    this.components =
        Components.withDefaults(dynamo, () -> PEPPER, Duration.ofSeconds(30), Clock.systemUTC());
    this.token = addToken();
  }

  public static TestTenant create(String tenantId) {
    return new TestTenant(LocalDynamo.freshTable(), tenantId);
  }

  /** A tenant in a fresh table that has the template's change stream. */
  public static TestTenant withStream(String tenantId) {
    return new TestTenant(LocalDynamo.freshTableWithStream(), tenantId);
  }

  /** A tenant in a table made elsewhere (e.g. {@link FaultyDynamo}, {@link LocalDynamoServer}). */
  public static TestTenant on(Dynamo dynamo, String tenantId) {
    return new TestTenant(dynamo, tenantId);
  }

  /** Another tenant in the same table. */
  public TestTenant sibling(String otherTenantId) {
    return new TestTenant(dynamo, otherTenantId);
  }

  public String addToken() {
    String fresh = Tokens.generate();
    new DynamoTokenStore(dynamo)
        .put(
            new StoredToken(
                tenantId,
                UUID.randomUUID().toString(),
                Tokens.digest(PEPPER, fresh),
                Instant.now()));
    return fresh;
  }

  /** A request under this tenant's SCIM base, authorised with its token. */
  public HttpRequest scim(
      String method, String pathUnderBase, String body, Map<String, String> query) {
    Map<String, String> headers = new HashMap<>();
    headers.put("authorization", "Bearer " + token);
    headers.put("host", "scim.test");
    if (body != null) {
      headers.put("content-type", "application/scim+json");
    }
    Map<String, String> params = new HashMap<>();
    params.put("tenantId", tenantId);
    String[] parts = pathUnderBase.split("/");
    if (parts.length >= 3 && !parts[2].equals(".search")) {
      params.put("id", parts[2]);
    }
    return new HttpRequest(
        method,
        "/tenants/" + tenantId + "/scim/v2" + pathUnderBase,
        params,
        query,
        headers,
        body,
        UUID.randomUUID().toString());
  }

  public HttpRequest scim(String method, String pathUnderBase) {
    return scim(method, pathUnderBase, null, Map.of());
  }
}
