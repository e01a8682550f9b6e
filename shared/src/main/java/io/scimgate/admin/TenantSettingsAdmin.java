package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.RoleInUseException;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.UnknownRoleException;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * A tenant's settings: the sync and invite-on-create switches, the role ladder, the default grants
 * and the attribute policy. Each is one conditional write; a change that touches many users also
 * writes its fan-out job (docs/events.md).
 */
record TenantSettingsAdmin(TenantAdmin tenants, AdminPorts ports) {

  HttpResponse putSync(HttpRequest request, Map<String, String> params) {
    return putSwitch(request, params, "syncEnabled", ports.tenants()::setSyncEnabled);
  }

  /** {@code {"enabled"}}: user.created then says "invite" (docs/events.md). */
  HttpResponse putInviteOnCreate(HttpRequest request, Map<String, String> params) {
    return putSwitch(request, params, "inviteOnCreate", ports.tenants()::setInviteOnCreate);
  }

  /** A switch: {@code {"enabled": true|false}} in, {@code {"tenantId", field: enabled}} out. */
  private HttpResponse putSwitch(
      HttpRequest request,
      Map<String, String> params,
      String field,
      BiPredicate<String, Boolean> write) {
    Tenant tenant = tenants.require(params);
    boolean enabled = AdminInput.enabled(AdminJson.body(request));
    TenantAdmin.written(write.test(tenant.tenantId(), enabled), tenant);
    return AdminJson.respond(
        200, Json.object().put("tenantId", tenant.tenantId()).put(field, enabled));
  }

  HttpResponse putRoles(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    RoleLadder roles = AdminInput.roles(AdminJson.body(request));
    try {
      // The store checks every grant and writes in one step against concurrent grants writes.
      TenantAdmin.written(ports.tenants().setRoles(tenant.tenantId(), roles), tenant);
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
    Tenant tenant = tenants.require(params);
    List<Grant> defaults = AdminInput.grants(AdminJson.body(request), tenant.roles());
    try {
      TenantAdmin.written(ports.tenants().setDefaultGrants(tenant.tenantId(), defaults), tenant);
    } catch (UnknownRoleException e) {
      throw tenants.roleRemovedMeanwhile(tenant.tenantId());
    }
    ObjectNode out = Json.object();
    out.set("grants", AdminInput.json(defaults));
    return AdminJson.respond(200, out);
  }

  HttpResponse putAttributePolicy(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
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
      throw tenants.changedMeanwhile(tenant.tenantId(), "required attributes");
    }
    return AdminJson.respond(200, attributePolicy(stored));
  }

  /** {@code {"store":[…]|"storeAll":true,"alwaysStored":[…]}}, as GET and PUT show it. */
  static ObjectNode attributePolicy(List<String> stored) {
    ObjectNode out = Json.object();
    if (stored == null) {
      out.put("storeAll", true);
    } else {
      out.set("store", AdminJson.array(stored));
    }
    out.set("alwaysStored", AdminJson.array(AttributePolicy.ALWAYS_STORED));
    return out;
  }
}
