package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.TenantStore.Tenant;
import io.scimgate.store.UserStore;
import io.scimgate.store.VersionConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hard-deletes users that have been deactivated for a while (Okta and Entra deactivate, they rarely
 * delete). "Deactivated since" is the user's {@code meta.lastModified} while {@code active} is
 * false: any later change to an inactive user restarts the clock, which errs on keeping. Deleting a
 * user deletes its memberships too ({@link UserStore#delete}). Each delete is conditional on the
 * version the listing saw, so a user changed since (reactivated) is kept.
 *
 * <p>One call deletes at most {@value #MAX_PER_CALL} users and says {@code "more": true} when
 * others qualify; call again until it is false.
 */
record UserPurge(TenantAdmin tenants, AdminPorts ports) {
  static final int MAX_PER_CALL = 500;
  static final int MAX_DAYS = 36_500;
  private static final int PAGE = 200;

  HttpResponse purge(HttpRequest request, Map<String, String> params) {
    Tenant tenant = tenants.require(params);
    JsonNode days = AdminJson.body(request).get("inactiveForDays");
    if (days == null
        || !days.canConvertToInt()
        || !days.isIntegralNumber()
        || days.intValue() < 0
        || days.intValue() > MAX_DAYS) {
      throw AdminException.badRequest(
          "\"inactiveForDays\" must be a whole number from 0 to " + MAX_DAYS + ".");
    }
    Instant threshold = ports.clock().instant().minus(Duration.ofDays(days.intValue()));
    List<StoredResource> doomed = new ArrayList<>();
    boolean more = false;
    // Collect first, delete after: deleting while paging would shift the windows. Unfiltered
    // pages (totals from counters, one resume point per call) read each user once.
    String queryKey = "purge-" + request.requestId();
    int startIndex = 1;
    while (true) {
      ListPage page =
          ports.users().list(tenant.tenantId(), new ListQuery(null, startIndex, PAGE, queryKey));
      for (StoredResource user : page.resources()) {
        if (!AccessReports.isActive(user) && !user.lastModified().isAfter(threshold)) {
          if (doomed.size() == MAX_PER_CALL) {
            more = true;
            break;
          }
          doomed.add(user);
        }
      }
      startIndex += page.resources().size();
      if (more || page.resources().isEmpty() || startIndex > page.totalResults()) {
        break;
      }
    }
    int deleted = 0;
    for (StoredResource user : doomed) {
      try {
        // Conditional on the version seen inactive: a user reactivated (or changed at all) since
        // is kept, which is what "errs on keeping" promises.
        if (ports.users().delete(tenant.tenantId(), user.id(), user.version())) {
          deleted++;
        }
      } catch (VersionConflictException changedSinceListed) {
        // Kept; a later purge looks at it again.
      }
    }
    ObjectNode out = Json.object();
    out.put("deleted", deleted);
    out.put("more", more);
    return AdminJson.respond(200, out);
  }
}
