package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.TenantStore.Tenant;
import java.util.List;
import java.util.Map;

/** {@code PUT …/required-attributes}: what every user of the tenant must carry. */
record RequiredAttributeAdmin(TenantAdmin tenants, AdminPorts ports) {

  /** {@code 200 {"attributes":[…]}} in canonical spelling; 400 naming an unusable attribute. */
  HttpResponse put(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    List<String> required;
    try {
      required =
          RequiredAttributes.canonical(
              AdminJson.strings(AdminJson.body(request), "attributes"), tenant.storedAttributes());
    } catch (IllegalArgumentException e) {
      throw AdminException.badRequest(e.getMessage());
    }
    if (!ports
        .tenants()
        .setRequiredAttributes(tenant.tenantId(), required, tenant.storedAttributes())) {
      throw tenants.changedMeanwhile(tenant.tenantId(), "attribute policy");
    }
    ObjectNode out = Json.object();
    out.set("attributes", AdminJson.array(required));
    return AdminJson.respond(200, out);
  }
}
