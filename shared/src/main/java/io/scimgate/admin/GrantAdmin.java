package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.UnknownRoleException;
import java.util.List;
import java.util.Map;

/** The (community, role) pairs each SCIM group grants its members. */
record GrantAdmin(TenantAdmin tenants, AdminPorts ports) {

  HttpResponse put(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    String groupId = tenants.requireGroup(tenant, params);
    List<Grant> list = AdminInput.grants(AdminJson.body(request), tenant.roles());
    try {
      if (!ports.grants().put(tenant.tenantId(), groupId, list)) {
        throw TenantAdmin.groupMissing(tenant, groupId);
      }
    } catch (UnknownRoleException e) {
      throw tenants.roleRemovedMeanwhile(tenant.tenantId());
    }
    return AdminJson.respond(200, body(groupId, list));
  }

  HttpResponse get(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    String groupId = tenants.requireGroup(tenant, params);
    return AdminJson.respond(200, body(groupId, ports.grants().get(tenant.tenantId(), groupId)));
  }

  HttpResponse delete(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    ports.grants().delete(tenant.tenantId(), tenants.requireGroup(tenant, params));
    return HttpResponse.empty(204);
  }

  private static ObjectNode body(String groupId, List<Grant> list) {
    ObjectNode out = Json.object();
    out.put("groupId", groupId);
    out.set("grants", AdminInput.json(list));
    return out;
  }
}
