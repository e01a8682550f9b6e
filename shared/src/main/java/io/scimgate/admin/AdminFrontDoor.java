package io.scimgate.admin;

import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.log.Log;
import io.scimgate.observe.RequestContext;
import io.scimgate.scim.error.ScimException;
import io.scimgate.store.StoreUnavailableException;
import java.util.List;

/**
 * The admin API ({@code /admin/*}; contracts in docs/architecture.md, "Admin API"): authentication,
 * routing, and the one place where failures become {@code {"message": …}} JSON with a status code.
 * Admin errors are not SCIM errors: the callers are operators and the SaaS product's back office,
 * not IdPs.
 */
public final class AdminFrontDoor implements Endpoint {
  /** Admin bodies are small; anything larger is refused before parsing. */
  static final int MAX_BODY_CHARS = 256 * 1024;

  private final AdminAuthenticator authenticator;
  private final AdminRouter router;

  /** Serves the admin API over {@code ports}; the optional ones add their routes when present. */
  public AdminFrontDoor(AdminAuthenticator authenticator, AdminPorts ports) {
    this.authenticator = authenticator;
    TenantAdmin tenants = new TenantAdmin(ports);
    TokenAdmin tokens = new TokenAdmin(tenants, ports);
    TenantSettingsAdmin settings = new TenantSettingsAdmin(tenants, ports);
    GrantAdmin grants = new GrantAdmin(tenants, ports);
    AccessReports reports = new AccessReports(tenants, ports);
    TenantOffboarding offboarding = new TenantOffboarding(tenants, ports);
    RequiredAttributeAdmin required = new RequiredAttributeAdmin(tenants, ports);
    CommunityMembers members = new CommunityMembers(tenants, ports);
    UserPurge purge = new UserPurge(tenants, ports);
    this.router =
        new AdminRouter()
            .on("POST", "tenants", tenants::create)
            .on("GET", "tenants/{tenantId}", tenants::get)
            .on("DELETE", "tenants/{tenantId}", offboarding::erase)
            .on("POST", "tenants/{tenantId}/disconnect", offboarding::disconnect)
            .on("PUT", "tenants/{tenantId}/required-attributes", required::put)
            .on("POST", "tenants/{tenantId}/tokens", tokens::issueToken)
            .on("GET", "tenants/{tenantId}/tokens", tokens::listTokens)
            .on("DELETE", "tenants/{tenantId}/tokens/{tokenId}", tokens::revokeToken)
            .on("PUT", "tenants/{tenantId}/groups/{groupId}/grants", grants::put)
            .on("GET", "tenants/{tenantId}/groups/{groupId}/grants", grants::get)
            .on("DELETE", "tenants/{tenantId}/groups/{groupId}/grants", grants::delete)
            .on("PUT", "tenants/{tenantId}/roles", settings::putRoles)
            .on("PUT", "tenants/{tenantId}/default-grants", settings::putDefaultGrants)
            .on("PUT", "tenants/{tenantId}/sync", settings::putSync)
            .on("PUT", "tenants/{tenantId}/attribute-policy", settings::putAttributePolicy)
            .on("POST", "tenants/{tenantId}/users/purge", purge::purge)
            .on("GET", "tenants/{tenantId}/users/{userId}/access", reports::access)
            .on("GET", "tenants/{tenantId}/communities/{community}/members", members::list)
            .on("GET", "tenants/{tenantId}/summary", reports::summary);
    if (ports.events() != null) {
      FeedAdmin feed = new FeedAdmin(tenants, ports);
      router
          .on("GET", "tenants/{tenantId}/events", feed::events)
          .on("PUT", "tenants/{tenantId}/invite-on-create", settings::putInviteOnCreate);
    }
    if (ports.directory() != null) {
      ReconciliationAdmin reads = new ReconciliationAdmin(tenants, ports);
      router
          .on("GET", "tenants", reads::tenants)
          .on("GET", "tenants/{tenantId}/users", reads::users)
          .on("GET", "tenants/{tenantId}/users/{userId}", reads::user)
          .on("GET", "tenants/{tenantId}/groups", reads::groups)
          .on("GET", "tenants/{tenantId}/groups/{groupId}/members", reads::members);
    }
    if (ports.observations() != null) {
      RequestLogAdmin log = new RequestLogAdmin(tenants, ports);
      router
          .on("GET", "tenants/{tenantId}/requests", log::list)
          .on("PUT", "tenants/{tenantId}/request-log", log::putMode)
          .on("PUT", "tenants/{tenantId}/stale-after", log::putStaleAfter);
    }
  }

  /** What this front door serves, for the drift test against {@code template.yaml}. */
  List<String> routeKeys() {
    return router.routeKeys();
  }

  /** Notes the tenant of the path and the message of an error answer in {@code observed}. */
  @Override
  public HttpResponse handle(RequestContext observed, HttpRequest request) {
    HttpResponse response = answer(request);
    try {
      List<String> segments = AdminRouter.segments(request.path());
      if (segments.size() > 1 && segments.get(0).equals("tenants")) {
        observed.tenant(segments.get(1));
      }
    } catch (AdminException malformedPath) {
      // Answered 404 already; the line simply names no tenant.
    }
    if (response.status() >= 400) {
      observed.error(null, AdminJson.message(response));
    }
    return response;
  }

  private HttpResponse answer(HttpRequest request) {
    try {
      authenticator.check(request);
      if (request.bodyMalformed()) {
        return AdminJson.error(400, "The body is not UTF-8 text.");
      }
      if (request.body() != null && request.body().length() > MAX_BODY_CHARS) {
        return AdminJson.error(413, "The body exceeds " + MAX_BODY_CHARS + " characters.");
      }
      return router.route(request);
    } catch (AdminException e) {
      HttpResponse response = AdminJson.error(e.status(), e.getMessage());
      return e.status() == 401
          ? response.withHeader("WWW-Authenticate", "Bearer realm=\"scimgate-admin\"")
          : response;
    } catch (StoreUnavailableException e) {
      Log.error(request.requestId(), "store_unavailable", e);
      return AdminJson.error(503, "Storage is unavailable; retry later.")
          .withHeader("Retry-After", "5");
    } catch (ScimException e) {
      // Shared collaborators (the pepper source) speak SCIM errors; their detail is client-safe.
      return AdminJson.error(e.status(), e.detail());
    } catch (RuntimeException e) {
      Log.error(request.requestId(), "unexpected_failure", e);
      return AdminJson.error(500, "Internal error; request id " + request.requestId() + ".");
    }
  }
}
