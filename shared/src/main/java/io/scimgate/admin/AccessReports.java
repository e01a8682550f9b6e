package io.scimgate.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.CommunityAccess;
import io.scimgate.access.EffectiveAccess;
import io.scimgate.access.UserAccess;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.TokenStore.StoredToken;
import io.scimgate.store.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What a user may do, and how a tenant stands: computed on read, never stored. */
record AccessReports(TenantAdmin tenants, AdminPorts ports) {
  /** The summary lists tokens that expire within this, so the operator rotates in time. */
  static final Duration EXPIRY_WARNING = Duration.ofDays(14);

  /**
   * Cost: the tenant item, the user, the user's memberships and one batched read of their groups'
   * grants, whatever the tenant's size.
   */
  HttpResponse access(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    StoredResource user = tenants.requireUser(tenant, params);
    String userId = params.get("userId");
    boolean active = isActive(user);
    Map<String, List<io.scimgate.access.Grant>> groupGrants =
        active
            ? ports
                .grants()
                .ofGroups(tenant.tenantId(), ports.groups().groupsOf(tenant.tenantId(), userId))
            : Map.of();
    UserAccess access =
        EffectiveAccess.of(
            userId,
            active,
            tenant.syncEnabled(),
            tenant.roles(),
            tenant.defaultGrants(),
            groupGrants);
    ObjectNode out = Json.object();
    out.put("userId", userId);
    out.put("userName", user.document().path("userName").asText(null));
    out.put("active", access.active());
    out.put("syncEnabled", tenant.syncEnabled());
    out.set("grants", json(access.grants()));
    out.set("pendingGrants", json(access.pendingGrants()));
    return AdminJson.respond(200, out);
  }

  /** From counters kept alongside the writes: no scan. */
  HttpResponse summary(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    UserStore.Counts counts = ports.users().counts(tenant.tenantId());
    ObjectNode out = Json.object();
    out.put("tenantId", tenant.tenantId());
    out.put("syncEnabled", tenant.syncEnabled());
    ObjectNode u = out.putObject("users");
    u.put("total", counts.total());
    u.put("active", counts.active());
    u.put("inactive", counts.total() - counts.active());
    ObjectNode g = out.putObject("groups");
    g.put("total", ports.groups().count(tenant.tenantId()));
    g.put("withGrants", tenant.groupsWithGrants());
    Instant now = ports.clock().instant();
    List<StoredToken> usable =
        ports.tokens().list(tenant.tenantId()).stream().filter(t -> !t.expiredAt(now)).toList();
    out.put("connected", !usable.isEmpty());
    out.put("tokens", usable.size());
    ArrayNode expiring = out.putArray("tokensExpiringSoon");
    usable.stream()
        .filter(t -> t.expiresAt() != null && t.expiresAt().isBefore(now.plus(EXPIRY_WARNING)))
        .sorted(Comparator.comparing(StoredToken::expiresAt))
        .forEach(t ->
            expiring
                .addObject()
                .put("tokenId", t.tokenId())
                .put("expiresAt", t.expiresAt().toString()));
    out.put("defaultGrants", tenant.defaultGrants().size());
    if (ports.observations() != null) {
      HealthSummary.add(out, tenant, ports.observations(), ports.clock().instant());
    }
    return AdminJson.respond(200, out);
  }

  /** SCIM leaves {@code active} optional; a user without it has not been deactivated. */
  static boolean isActive(StoredResource user) {
    return user.document().path("active").asBoolean(true);
  }

  static ArrayNode json(List<CommunityAccess> list) {
    ArrayNode out = Json.array();
    for (CommunityAccess a : list) {
      ObjectNode item = out.addObject();
      item.put("community", a.community());
      item.put("role", a.role());
      item.set("groups", AdminJson.array(a.groups()));
      item.put("default", a.fromDefault());
    }
    return out;
  }
}
