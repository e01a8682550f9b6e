package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.TenantErasure;
import io.scimgate.store.TenantErasure.Progress;
import io.scimgate.store.TenantStore.Tenant;
import java.util.Map;
import java.util.Optional;

/**
 * Letting a customer go (docs/admin.md, "Offboarding"): disconnect revokes every token and keeps
 * the data; erase deletes every item of the tenant (docs/decisions/0070-erase.md).
 */
record TenantOffboarding(TenantAdmin tenants, AdminPorts ports) {
  /** {@code 200 {"revoked": n}}: every token stops working within the token cache TTL. */
  HttpResponse disconnect(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    ObjectNode out = Json.object();
    out.put("revoked", ports.credentials().revokeAll(tenant.tenantId()));
    return AdminJson.respond(200, out);
  }

  /**
   * {@code 202 {"tenantId","status":"deleting"}}, also when the erasure was running already; {@code
   * "status":"deleted"} when this call finished it; 404 for an unknown (or erased) tenant.
   */
  HttpResponse erase(HttpRequest request, Map<String, String> params) {
    String tenantId = tenants.requireExisting(params).tenantId();
    if (ports.erasure().begin(tenantId) == TenantErasure.Start.NO_TENANT) {
      throw AdminException.notFound("No tenant " + tenantId + ".");
    }
    Optional<Progress> after = ports.erasure().resume(tenantId, ports.eraseBudget());
    ObjectNode out = Json.object();
    out.put("tenantId", tenantId);
    out.put("status", after.map(Progress::done).orElse(true) ? "deleted" : "deleting");
    return AdminJson.respond(202, out);
  }
}
