package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.auth.Tokens;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.requestlog.TenantObservations;
import io.scimgate.store.RoleInUseException;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantErasure;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.UnknownRoleException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Tenants, their bearer tokens and their settings (roles, default grants, sync, attributes). */
record TenantAdmin(AdminPorts ports) {
  static final int MAX_TOKEN_DAYS = 730;

  /** The tenant named in the path: 404 when unknown, 409 while it is being erased. */
  Tenant require(Map<String, String> params) {
    Tenant tenant = requireExisting(params);
    if (tenant.deleting()) {
      throw beingErased(tenant.tenantId());
    }
    return tenant;
  }

  /** The tenant named in the path, also while it is being erased; 404 when unknown. */
  Tenant requireExisting(Map<String, String> params) {
    String tenantId = params.get("tenantId");
    if (!AdminInput.tenantId(tenantId)) {
      throw AdminException.notFound("No tenant " + tenantId + ".");
    }
    return ports
        .tenants()
        .get(tenantId)
        .orElseThrow(() -> AdminException.notFound("No tenant " + tenantId + "."));
  }

  /** The user named in the path, of {@code tenant}; 404 when it has none. */
  StoredResource requireUser(Tenant tenant, Map<String, String> params) {
    String userId = params.get("userId");
    return ports
        .users()
        .get(tenant.tenantId(), userId)
        .orElseThrow(() ->
            AdminException.notFound(
                "Tenant " + tenant.tenantId() + " has no user " + userId + "."));
  }

  /** The id of the group named in the path, of {@code tenant}; 404 when it has none. */
  String requireGroup(Tenant tenant, Map<String, String> params) {
    String groupId = params.get("groupId");
    if (ports.groups().get(tenant.tenantId(), groupId).isEmpty()) {
      throw groupMissing(tenant, groupId);
    }
    return groupId;
  }

  static AdminException groupMissing(Tenant tenant, String groupId) {
    return AdminException.notFound(
        "Tenant " + tenant.tenantId() + " has no group " + groupId + ".");
  }

  /**
   * 409 when a conditional write found the tenant changed since it was read (or gone: then 404).
   */
  AdminException changedMeanwhile(String tenantId, String what) {
    if (ports.tenants().get(tenantId).isEmpty()) {
      return AdminException.notFound("No tenant " + tenantId + ".");
    }
    return AdminException.conflict(
        "The tenant's " + what + " changed while this request ran; read them and retry.");
  }

  static AdminException beingErased(String tenantId) {
    return AdminException.conflict(
        "Tenant "
            + tenantId
            + " is being erased; GET /admin/tenants/"
            + tenantId
            + " shows the progress and answers 404 once it is gone.");
  }

  HttpResponse create(HttpRequest request, Map<String, String> params) {
    JsonNode id = AdminJson.body(request).get("tenantId");
    String tenantId = id != null && id.isTextual() ? id.asText() : null;
    if (!AdminInput.tenantId(tenantId)) {
      throw AdminException.badRequest(
          "\"tenantId\" must be 3-63 lowercase letters, digits or '-' (it becomes part of the SCIM"
              + " URL).");
    }
    if (!ports.tenants().create(tenantId, ports.clock().instant())) {
      if (ports.tenants().get(tenantId).map(Tenant::deleting).orElse(false)) {
        throw beingErased(tenantId);
      }
      throw AdminException.conflict("Tenant " + tenantId + " exists already.");
    }
    ObjectNode out = Json.object();
    out.put("tenantId", tenantId);
    out.put("scimBaseUrl", scimBaseUrl(request, tenantId));
    out.setAll(issue(tenantId, null));
    return AdminJson.respond(201, out);
  }

  HttpResponse get(HttpRequest request, Map<String, String> params) {
    Tenant tenant = requireExisting(params);
    if (tenant.deleting()) {
      // Gone between the two reads: the erasure finished.
      return AdminJson.respond(
          200,
          erasing(
              ports
                  .erasure()
                  .progress(tenant.tenantId())
                  .orElseThrow(
                      () -> AdminException.notFound("No tenant " + tenant.tenantId() + "."))));
    }
    ObjectNode out = Json.object();
    out.put("tenantId", tenant.tenantId());
    out.put("status", "active");
    out.put("syncEnabled", tenant.syncEnabled());
    out.put("scimBaseUrl", scimBaseUrl(request, tenant.tenantId()));
    out.put("createdAt", tenant.createdAt().toString());
    out.set("roles", AdminJson.array(tenant.roles().roles()));
    out.set("defaultGrants", AdminInput.json(tenant.defaultGrants()));
    out.set("attributePolicy", attributePolicy(tenant.storedAttributes()));
    out.put("inviteOnCreate", tenant.inviteOnCreate());
    if (ports.observations() != null) {
      TenantObservations.Settings settings =
          ports.observations().settings().read(tenant.tenantId());
      out.put("requestLog", settings.mode().wire());
      out.put("staleAfterHours", settings.staleAfterHours());
    }
    out.set("requiredAttributes", AdminJson.array(tenant.requiredAttributes()));
    return AdminJson.respond(200, out);
  }

  /** {@code {"tenantId","status":"deleting",…progress}}: what GET shows during an erasure. */
  static ObjectNode erasing(TenantErasure.Progress progress) {
    ObjectNode out = Json.object();
    out.put("tenantId", progress.tenantId());
    out.put("status", "deleting");
    out.put("deletingSince", progress.deletingSince().toString());
    out.put("completesNotBefore", progress.completesNotBefore().toString());
    out.put("phase", progress.phase());
    out.put("passes", progress.passes());
    ObjectNode erased = out.putObject("erased");
    new TreeMap<>(progress.erased()).forEach(erased::put);
    return out;
  }

  /** Body optional: {@code {"expiresInDays": 1..730}}; without it the token never expires. */
  HttpResponse issueToken(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
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
    ObjectNode out = issue(tenant.tenantId(), expiresAt);
    out.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
    return AdminJson.respond(201, out);
  }

  HttpResponse listTokens(HttpRequest request, Map<String, String> params) {
    String tenantId = require(params).tenantId();
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
    String tenantId = require(params).tenantId();
    if (!ports.tokens().delete(tenantId, params.get("tokenId"))) {
      throw AdminException.notFound(
          "Tenant " + tenantId + " has no token " + params.get("tokenId") + ".");
    }
    return HttpResponse.empty(204);
  }

  HttpResponse putSync(HttpRequest request, Map<String, String> params) {
    Tenant tenant = require(params);
    JsonNode enabled = AdminJson.body(request).get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      throw AdminException.badRequest("\"enabled\" must be true or false.");
    }
    updated(ports.tenants().setSyncEnabled(tenant.tenantId(), enabled.booleanValue()), tenant);
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
      updated(ports.tenants().setRoles(tenant.tenantId(), roles), tenant);
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
      updated(ports.tenants().setDefaultGrants(tenant.tenantId(), defaults), tenant);
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
    List<String> dropped = RequiredAttributes.droppedBy(tenant.requiredAttributes(), stored);
    if (!dropped.isEmpty()) {
      throw AdminException.conflict(
          "The policy would drop required attributes "
              + dropped
              + "; change required-attributes first.");
    }
    if (!ports
        .tenants()
        .setStoredAttributes(tenant.tenantId(), stored, tenant.requiredAttributes())) {
      throw changedMeanwhile(tenant.tenantId(), "required attributes");
    }
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
    RoleLadder now = ports.tenants().get(tenantId).map(Tenant::roles).orElse(RoleLadder.DEFAULT);
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

  private ObjectNode issue(String tenantId, Instant expiresAt) {
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
          ? beingErased(tenantId)
          : AdminException.notFound("No tenant " + tenantId + ".");
    }
    ObjectNode out = Json.object();
    out.put("tokenId", tokenId);
    out.put("token", token);
    return out;
  }

  /**
   * The configured public base URL's tenant base, else {@code
   * <scheme>://<host>/tenants/<id>/scim/v2} as the caller reached this API.
   */
  private String scimBaseUrl(HttpRequest request, String tenantId) {
    Optional<String> configured = ports.publicBaseUrl().scimBase(tenantId);
    if (configured.isPresent()) {
      return configured.get();
    }
    String scheme = request.header("x-forwarded-proto").orElse("https");
    String host = request.header("host").orElse("localhost");
    return scheme + "://" + host + "/tenants/" + tenantId + "/scim/v2";
  }
}
