package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.auth.PepperSource;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.http.PublicBaseUrl;
import io.scimgate.json.Json;
import io.scimgate.store.GrantStore;
import io.scimgate.store.RoleInUseException;
import io.scimgate.store.TenantStore;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.TokenStore;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.requestlog.Observations;
import io.scimgate.requestlog.TenantObservations;
import io.scimgate.store.UnknownRoleException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tenants, their bearer tokens and their settings (roles, default grants, sync, attributes). */
final class TenantAdmin {
  private final TenantStore tenants;
  private final TokenStore tokens;
  private final GrantStore grants;
  private final PepperSource pepper;
  private final Clock clock;
  private final Observations observations;
  private final PublicBaseUrl publicBaseUrl;

  /**
   * @param observations request-log settings and token last use; null leaves those fields out
   * @param publicBaseUrl decides the {@code scimBaseUrl} reported, unless derived
   */
  TenantAdmin(
      TenantStore tenants,
      TokenStore tokens,
      GrantStore grants,
      PepperSource pepper,
      Clock clock,
      Observations observations,
      PublicBaseUrl publicBaseUrl) {
    this.observations = observations;
    this.tenants = tenants;
    this.tokens = tokens;
    this.grants = grants;
    this.pepper = pepper;
    this.clock = clock;
    this.publicBaseUrl = publicBaseUrl;
  }

  /** The tenant named in the path, or 404. */
  Tenant require(Map<String, String> params) {
    String tenantId = params.get("tenantId");
    if (!AdminInput.tenantId(tenantId)) {
      throw AdminException.notFound("No tenant " + tenantId + ".");
    }
    return tenants.get(tenantId).orElseThrow(() -> AdminException.notFound("No tenant " + tenantId + "."));
  }

  HttpResponse create(HttpRequest request, Map<String, String> params) {
    JsonNode id = AdminJson.body(request).get("tenantId");
    String tenantId = id != null && id.isTextual() ? id.asText() : null;
    if (!AdminInput.tenantId(tenantId)) {
      throw AdminException.badRequest(
          "\"tenantId\" must be 3-63 lowercase letters, digits or '-' (it becomes part of the SCIM URL).");
    }
    if (!tenants.create(tenantId, clock.instant())) {
      throw AdminException.conflict("Tenant " + tenantId + " exists already.");
    }
    ObjectNode out = Json.object();
    out.put("tenantId", tenantId);
    out.put("scimBaseUrl", scimBaseUrl(request, tenantId));
    out.setAll(issue(tenantId));
    return AdminJson.respond(201, out);
  }

  HttpResponse get(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
    ObjectNode out = Json.object();
    out.put("tenantId", tenant.tenantId());
    out.put("syncEnabled", tenant.syncEnabled());
    out.put("scimBaseUrl", scimBaseUrl(request, tenant.tenantId()));
    out.put("createdAt", tenant.createdAt().toString());
    out.set("roles", AdminJson.array(tenant.roles().roles()));
    out.set("defaultGrants", AdminInput.json(tenant.defaultGrants()));
    out.set("attributePolicy", attributePolicy(tenant.storedAttributes()));
    if (observations != null) {
      TenantObservations.Settings settings = observations.settings().read(tenant.tenantId());
      out.put("requestLog", settings.mode().wire());
      out.put("staleAfterHours", settings.staleAfterHours());
    }
    return AdminJson.respond(200, out);
  }

  HttpResponse issueToken(HttpRequest request, Map<String, String> params) {
    return AdminJson.respond(201, issue(require(params).tenantId()));
  }

  HttpResponse listTokens(HttpRequest request, Map<String, String> params) {
    String tenantId = require(params).tenantId();
    ArrayNode list = Json.array();
    Map<String, Instant> lastUsed = observations == null ? null : observations.tokens().lastUsed(tenantId);
    tokens.list(tenantId).stream()
        .sorted(Comparator.comparing(StoredToken::createdAt).thenComparing(StoredToken::tokenId))
        .forEach(
            t -> {
              ObjectNode item = list.addObject().put("tokenId", t.tokenId()).put("createdAt", t.createdAt().toString());
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
    String tenantId = require(params).tenantId();
    if (!tokens.delete(tenantId, params.get("tokenId"))) {
      throw AdminException.notFound("Tenant " + tenantId + " has no token " + params.get("tokenId") + ".");
    }
    return HttpResponse.empty(204);
  }

  HttpResponse putSync(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
    JsonNode enabled = AdminJson.body(request).get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      throw AdminException.badRequest("\"enabled\" must be true or false.");
    }
    updated(tenants.setSyncEnabled(tenant.tenantId(), enabled.booleanValue()), tenant);
    ObjectNode out = Json.object();
    out.put("tenantId", tenant.tenantId());
    out.put("syncEnabled", enabled.booleanValue());
    return AdminJson.respond(200, out);
  }

  HttpResponse putRoles(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
    RoleLadder roles = AdminInput.roles(AdminJson.body(request));
    try {
      // The store checks every grant and writes in one step against concurrent grants writes.
      updated(tenants.setRoles(tenant.tenantId(), roles), tenant);
    } catch (RoleInUseException e) {
      String where = e.groupId() == null ? "the default grants" : "group " + e.groupId();
      throw AdminException.conflict(
          "Role \"" + e.role() + "\" is still granted by " + where + "; change that grant first.");
    }
    ObjectNode out = Json.object();
    out.set("roles", AdminJson.array(roles.roles()));
    return AdminJson.respond(200, out);
  }

  HttpResponse putDefaultGrants(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
    List<Grant> defaults = AdminInput.grants(AdminJson.body(request), tenant.roles());
    try {
      updated(tenants.setDefaultGrants(tenant.tenantId(), defaults), tenant);
    } catch (UnknownRoleException e) {
      throw roleRemovedMeanwhile(tenant.tenantId());
    }
    ObjectNode out = Json.object();
    out.set("grants", AdminInput.json(defaults));
    return AdminJson.respond(200, out);
  }

  HttpResponse putAttributePolicy(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
    List<String> stored;
    try {
      stored = AttributePolicy.canonical(AdminJson.strings(AdminJson.body(request), "store"));
    } catch (IllegalArgumentException e) {
      throw AdminException.badRequest(e.getMessage());
    }
    updated(tenants.setStoredAttributes(tenant.tenantId(), stored), tenant);
    return AdminJson.respond(200, attributePolicy(stored));
  }

  private static ObjectNode attributePolicy(List<String> stored) {
    ObjectNode out = Json.object();
    if (stored == null) {
      out.put("storeAll", true);
    } else {
      out.set("store", AdminJson.array(stored));
    }
    out.set("alwaysStored", AdminJson.array(AttributePolicy.ALWAYS_STORED));
    return out;
  }

  /** The 409 of a grants write whose role was removed by a roles change that committed first. */
  AdminException roleRemovedMeanwhile(String tenantId) {
    RoleLadder now = tenants.get(tenantId).map(Tenant::roles).orElse(RoleLadder.DEFAULT);
    return AdminException.conflict(
        "A role these grants name was removed meanwhile; this tenant's roles are now "
            + now.roles()
            + ".");
  }

  private static void updated(boolean written, Tenant tenant) {
    if (!written) {
      throw AdminException.notFound("No tenant " + tenant.tenantId() + ".");
    }
  }

  private ObjectNode issue(String tenantId) {
    String token = Tokens.generate();
    String tokenId = UUID.randomUUID().toString();
    tokens.put(new StoredToken(tenantId, tokenId, Tokens.digest(pepper.pepper(), token), clock.instant()));
    ObjectNode out = Json.object();
    out.put("tokenId", tokenId);
    out.put("token", token);
    return out;
  }

  /**
   * The configured public base URL's tenant base, else {@code <scheme>://<host>/tenants/<id>/scim/v2}
   * as the caller reached this API.
   */
  private String scimBaseUrl(HttpRequest request, String tenantId) {
    Optional<String> configured = publicBaseUrl.scimBase(tenantId);
    if (configured.isPresent()) {
      return configured.get();
    }
    String scheme = request.header("x-forwarded-proto").orElse("https");
    String host = request.header("host").orElse("localhost");
    return scheme + "://" + host + "/tenants/" + tenantId + "/scim/v2";
  }
}
