package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.common.FilterAttributes;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.error.TooManyException;
import io.scimgate.scim.filter.EqLookup;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.filter.IndexedLookup;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.sort.ResourceComparator;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 *       {@code groups}): every match is read, at most {@value #MAX_IN_MEMORY}, and filtered, sorted
 *       and windowed in memory; more is 400 tooMany.
 *   <li>Anything else: the store's id-ordered listing with the filter as predicate, bounded and
 *       resumable across sequential pages by the query key.
 * </ol>
 */
final class UserSearch {
  /** The most users one sorted or server-attribute query may examine. */
  static final int MAX_IN_MEMORY = 10_000;

  private static final Set<String> SERVER_KEPT = Set.of("id", "meta", "groups");

  private final ResourceType type;
  private final UserStore users;
  private final UserViews views;
  private final FilterEvaluator evaluator;

  UserSearch(ResourceType type, UserStore users, UserViews views) {
    this.type = type;
    this.users = users;
    this.views = views;
    this.evaluator = new FilterEvaluator(type);
  }

  ListPage search(ScimContext context, ListRequest request) {
    Filter filter = request.filter();
    ResourceComparator order = new ResourceComparator(type, request.sortBy(), request.sortOrder());
    if (filter != null) {
      evaluator.validate(filter);
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
            predicate(filter), request.startIndex(), request.count(), request.queryKey()));
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
    Predicate<ObjectNode> match = serverKept ? null : predicate(request.filter());
    ListPage page = users.list(tenant, new ListQuery(match, 1, MAX_IN_MEMORY, request.queryKey()));
    if (page.totalResults() > page.resources().size()) {
      throw new TooManyException(
          "This query would sort or examine more than "
              + MAX_IN_MEMORY
              + " users; narrow the filter or drop sortBy.");
    }
    return page.resources();
  }

  private ListPage inMemory(
      ScimContext context,
      ListRequest request,
      ResourceComparator order,
      List<StoredResource> found) {
    Filter filter = request.filter();
    boolean withGroups = filter != null && FilterAttributes.mentions(filter, Set.of("groups"));
    List<ObjectNode> full = views.full(context, found, withGroups);
    Map<ObjectNode, StoredResource> byView = new IdentityHashMap<>();
    List<ObjectNode> matches = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (filter == null || evaluator.matches(filter, full.get(i))) {
        matches.add(full.get(i));
        byView.put(full.get(i), found.get(i));
      }
    }
    matches.sort(order);
    return new ListPage(request.window(matches).stream().map(byView::get).toList(), matches.size());
  }

  private Predicate<ObjectNode> predicate(Filter filter) {
    return filter == null ? null : document -> evaluator.matches(filter, document);
  }
}
