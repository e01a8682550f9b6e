package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.auth.BearerAuthenticator;
import io.scimgate.auth.Tokens;
import io.scimgate.json.Json;
import io.scimgate.scim.endpoint.ScimFrontDoor;
import io.scimgate.store.Credentials;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.testing.InMemoryGroupStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The /Users front door over in-memory stores, fed API Gateway payload 2.0 events: the path a
 * request body takes in Lambda, from the event's {@code body} to the stored user.
 */
final class FrontDoorEvents {
  static final String USER_PREFIX =
      "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"";
  private static final byte[] PEPPER = "pepper-for-decoding-tests".getBytes(StandardCharsets.UTF_8);
  private static final String TOKEN = Tokens.generate();

  final InMemoryUserStore users = new InMemoryUserStore();
  final ScimFrontDoor door =
      new ScimFrontDoor(
          new BearerAuthenticator(
              new OneToken(), () -> PEPPER, Duration.ofSeconds(30), Clock.systemUTC()),
          new UsersResource(users, new InMemoryGroupStore()));

  /** An event for tenant acme's /Users, the body base64-encoded or as text. */
  static ObjectNode event(String method, byte[] body, boolean base64) {
    ObjectNode event = Json.object();
    event.put("version", "2.0");
    event.put("rawPath", "/tenants/acme/scim/v2/Users");
    event
        .putObject("headers")
        .put("authorization", "Bearer " + TOKEN)
        .put("host", "scim.test")
        .put("content-type", "application/scim+json");
    event.putObject("pathParameters").put("tenantId", "acme");
    event
        .putObject("requestContext")
        .put("requestId", "r-1")
        .putObject("http")
        .put("method", method);
    if (body != null) {
      event.put(
          "body",
          base64
              ? Base64.getEncoder().encodeToString(body)
              : new String(body, StandardCharsets.UTF_8));
      event.put("isBase64Encoded", base64);
    }
    return event;
  }

  /** An event whose text body is exactly {@code body}, lone surrogates included. */
  static ObjectNode textEvent(String method, String body) {
    ObjectNode event = event(method, null, false);
    event.put("body", body);
    event.put("isBase64Encoded", false);
    return event;
  }

  /** The one tenant "acme" with the one token. */
  private static final class OneToken implements Credentials {
    @Override
    public Optional<Credential> find(String tenantId, String digest) {
      return tenantId.equals("acme") && digest.equals(Tokens.digest(PEPPER, TOKEN))
          ? Optional.of(new Credential(new StoredToken("acme", "t1", digest, Instant.EPOCH), false))
          : Optional.empty();
    }

    @Override
    public boolean issue(StoredToken token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int revokeAll(String tenantId) {
      return 0;
    }
  }
}
