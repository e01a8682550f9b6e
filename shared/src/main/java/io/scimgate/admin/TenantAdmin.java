package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.RoleLadder;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.requestlog.TenantObservations;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantErasure;
import io.scimgate.store.TenantStore.Tenant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Tenants: create, read, and the lookups and errors every admin route shares (the tenant, user and
 * group named in the path). Tokens are {@link TokenAdmin}'s, settings {@link
 * TenantSettingsAdmin}'s.
 */
record TenantAdmin(AdminPorts ports) {
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

  /** 404 when a write found no tenant record (it was erased since the request read it). */
  static void written(boolean written, Tenant tenant) {
    if (!written) {
      throw AdminException.notFound("No tenant " + tenant.tenantId() + ".");
    }
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
    out.setAll(TokenAdmin.issue(ports, tenantId, null));
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
    out.set("attributePolicy", TenantSettingsAdmin.attributePolicy(tenant.storedAttributes()));
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

  /** The 409 of a grants write whose role was removed by a roles change that committed first. */
  AdminException roleRemovedMeanwhile(String tenantId) {
    RoleLadder now = ports.tenants().get(tenantId).map(Tenant::roles).orElse(RoleLadder.DEFAULT);
    return AdminException.conflict(
        "A role these grants name was removed meanwhile; this tenant's roles are now "
            + now.roles()
            + ".");
  }

  /**
   * The configured public base URL's tenant base, else {@code
   * <scheme>://<host>/tenants/<id>/scim/v2} as the caller reached this API.
   */
  String scimBaseUrl(HttpRequest request, String tenantId) {
    Optional<String> configured = ports.publicBaseUrl().scimBase(tenantId);
    if (configured.isPresent()) {
      return configured.get();
    }
    String scheme = request.header("x-forwarded-proto").orElse("https");
    String host = request.header("host").orElse("localhost");
    return scheme + "://" + host + "/tenants/" + tenantId + "/scim/v2";
  }
}
