package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.common.FilterAttributes;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.common.ResourceSearch;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.filter.EqLookup;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.IndexedLookup;
import io.scimgate.scim.sort.ResourceComparator;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans and runs a user list query (RFC 7644 §3.4.2), choosing the cheapest correct path:
 *
 * <ol>
 *   <li>An indexed equality ({@code id}, {@code userName}, {@code externalId}, work email, alone or
 *       and-ed with more terms): a constant number of reads, then the whole filter is evaluated on
 *       the few fetched users (the index may return a superset, e.g. a primary non-work email).
 *   <li>{@code sortBy}, or a filter on what the stored document lacks ({@code id}, {@code meta},
 *       {@code groups}): every match is read, at most {@value ResourceSearch#MAX_IN_MEMORY}, and
 *       filtered, sorted and windowed in memory; more is 400 tooMany.
 *   <li>Anything else: the store's id-ordered listing with the filter as predicate, bounded and
 *       resumable across sequential pages by the query key.
 * </ol>
 */
record UserSearch(ResourceSearch steps, UserStore users, UserViews views) {
  private static final Set<String> SERVER_KEPT = Set.of("id", "meta", "groups");

  ListPage search(ScimContext context, ListRequest request) {
    Filter filter = request.filter();
    ResourceComparator order = steps.order(request);
    if (filter != null) {
      steps.validate(filter);
      Optional<EqLookup> lookup = IndexedLookup.of(filter, EqLookup.Kind.USERS);
      if (lookup.isPresent()) {
        return inMemory(context, request, order, candidates(context.tenantId(), lookup.get()));
      }
    }
    boolean serverKept = filter != null && FilterAttributes.mentions(filter, SERVER_KEPT);
    if (request.sortBy() != null || serverKept) {
      return inMemory(context, request, order, everyMatch(context.tenantId(), request, serverKept));
    }
    return users.list(
        context.tenantId(),
        new ListQuery(
            steps.predicate(filter), request.startIndex(), request.count(), request.queryKey()));
  }

  private List<StoredResource> candidates(String tenant, EqLookup lookup) {
    return switch (lookup.kind()) {
      case ID -> users.get(tenant, lookup.value()).stream().toList();
      case USER_NAME -> users.findByUserName(tenant, lookup.value()).stream().toList();
      case EXTERNAL_ID -> users.findByExternalId(tenant, lookup.value()).stream().toList();
      case WORK_EMAIL -> users.findByWorkEmail(tenant, lookup.value());
      default -> throw new IllegalStateException("not a user index: " + lookup.kind());
    };
  }

  /** All users the store-side predicate lets through (all, when it cannot judge). */
  private List<StoredResource> everyMatch(String tenant, ListRequest request, boolean serverKept) {
    Predicate<ObjectNode> match = serverKept ? null : steps.predicate(request.filter());
    return steps.everyMatch(query -> users.list(tenant, query), match, request);
  }

  private ListPage inMemory(
      ScimContext context,
      ListRequest request,
      ResourceComparator order,
      List<StoredResource> found) {
    Filter filter = request.filter();
    boolean withGroups = filter != null && FilterAttributes.mentions(filter, Set.of("groups"));
    return steps.inMemory(request, filter, order, found, views.full(context, found, withGroups));
  }
}
