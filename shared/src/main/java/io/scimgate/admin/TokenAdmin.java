package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.TokenStore.StoredToken;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's bearer tokens: issued (shown once, optionally expiring), listed with their last use,
 * revoked. Only the digest is stored (docs/admin.md).
 */
record TokenAdmin(TenantAdmin tenants, AdminPorts ports) {
  static final int MAX_TOKEN_DAYS = 730;

  /** Body optional: {@code {"expiresInDays": 1..730}}; without it the token never expires. */
  HttpResponse issueToken(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    Instant expiresAt = null;
    if (request.body() != null && !request.body().isBlank()) {
      JsonNode days = AdminJson.body(request).get("expiresInDays");
      if (days != null && !days.isNull()) {
        if (!days.isIntegralNumber()
            || !days.canConvertToInt()
            || days.intValue() < 1
            || days.intValue() > MAX_TOKEN_DAYS) {
          throw AdminException.badRequest(
              "\"expiresInDays\" must be a whole number from 1 to "
                  + MAX_TOKEN_DAYS
                  + " (leave it out for a token that does not expire).");
        }
        expiresAt =
            ports
                .clock()
                .instant()
                .plus(Duration.ofDays(days.intValue()))
                .truncatedTo(ChronoUnit.SECONDS);
      }
    }
    ObjectNode out = issue(ports, tenant.tenantId(), expiresAt);
    out.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
    return AdminJson.respond(201, out);
  }

  HttpResponse listTokens(HttpRequest request, Map<String, String> params) {
    String tenantId = tenants.require(params).tenantId();
    Instant now = ports.clock().instant();
    ArrayNode list = Json.array();
    Map<String, Instant> lastUsed =
        ports.observations() == null ? null : ports.observations().tokens().lastUsed(tenantId);
    ports.tokens().list(tenantId).stream()
        .sorted(Comparator.comparing(StoredToken::createdAt).thenComparing(StoredToken::tokenId))
        .forEach(t -> {
          ObjectNode item =
              list.addObject()
                  .put("tokenId", t.tokenId())
                  .put("createdAt", t.createdAt().toString())
                  .put("expiresAt", t.expiresAt() == null ? null : t.expiresAt().toString())
                  .put("expired", t.expiredAt(now));
          if (lastUsed != null) {
            Instant used = lastUsed.get(t.tokenId());
            item.put("lastUsedAt", used == null ? null : used.toString());
          }
        });
    ObjectNode out = Json.object();
    out.set("tokens", list);
    return AdminJson.respond(200, out);
  }

  HttpResponse revokeToken(HttpRequest request, Map<String, String> params) {
    String tenantId = tenants.require(params).tenantId();
    if (!ports.tokens().delete(tenantId, params.get("tokenId"))) {
      throw AdminException.notFound(
          "Tenant " + tenantId + " has no token " + params.get("tokenId") + ".");
    }
    return HttpResponse.empty(204);
  }

  /** A new token of the tenant: {@code {"tokenId","token"}}, the token shown this once. */
  static ObjectNode issue(AdminPorts ports, String tenantId, Instant expiresAt) {
    String token = Tokens.generate();
    String tokenId = UUID.randomUUID().toString();
    StoredToken stored =
        new StoredToken(
            tenantId,
            tokenId,
            Tokens.digest(ports.pepper().pepper(), token),
            ports.clock().instant(),
            expiresAt);
    if (!ports.credentials().issue(stored)) {
      // The tenant record vanished or began its erasure since it was read.
      throw ports.tenants().get(tenantId).isPresent()
          ? TenantAdmin.beingErased(tenantId)
          : AdminException.notFound("No tenant " + tenantId + ".");
    }
    ObjectNode out = Json.object();
    out.put("tokenId", tokenId);
    out.put("token", token);
    return out;
  }
}
