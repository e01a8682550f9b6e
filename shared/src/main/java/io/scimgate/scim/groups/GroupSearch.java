package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.common.FilterAttributes;
import io.scimgate.scim.common.ListRequest;
import io.scimgate.scim.common.ResourceSearch;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.filter.EqLookup;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.IndexedLookup;
import io.scimgate.scim.sort.ResourceComparator;
import io.scimgate.store.GroupStore;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plans and runs a group list query (RFC 7644 §3.4.2) at the lowest cost the filter allows.
 * Membership terms ({@code members[value eq "u"]}, {@code members.value eq "u"}) joined by {@code
 * and} are answered by membership items, never by reading member lists: with {@code id eq "g"}
 * (Entra's membership check) by one {@code isMember} read, alone from the user's side ({@code
 * groupsOf}). {@code displayName eq} and {@code externalId eq} use the uniqueness markers. {@code
 * sortBy} or a filter on {@code id}/{@code meta} examine at most {@value
 * ResourceSearch#MAX_IN_MEMORY} groups in memory; anything else is the store's id-ordered, paged
 * listing. {@code members} in any other position (under {@code or}/{@code not}, other operators) is
 * 400 invalidFilter.
 */
record GroupSearch(ResourceSearch steps, GroupStore store) {
  private static final Set<String> SERVER_KEPT = Set.of("id", "meta");

  ListPage search(ScimContext context, ListRequest request) {
    String tenant = context.tenantId();
    ResourceComparator order = steps.order(request);
    List<String> memberIds = new ArrayList<>();
    Filter filter = null;
    if (request.filter() != null) {
      steps.validate(request.filter());
      filter = documentTerms(request.filter(), memberIds);
    }
    Optional<EqLookup> lookup =
        filter == null ? Optional.empty() : IndexedLookup.of(filter, EqLookup.Kind.GROUPS);
    if (lookup.isPresent() || !memberIds.isEmpty()) {
      List<StoredResource> found =
          lookup.isPresent()
              ? candidates(tenant, lookup.get())
              : store.getAll(tenant, store.groupsOf(tenant, memberIds.get(0)));
      // groupsOf already answered the first membership term
      List<String> checks = lookup.isPresent() ? memberIds : memberIds.subList(1, memberIds.size());
      List<StoredResource> members =
          found.stream()
              .filter(g -> checks.stream().allMatch(u -> store.isMember(tenant, g.id(), u)))
              .toList();
      return inMemory(context, request, filter, order, members);
    }
    boolean serverKept = filter != null && FilterAttributes.mentions(filter, SERVER_KEPT);
    if (request.sortBy() != null || serverKept) {
      Predicate<ObjectNode> match = serverKept ? null : steps.predicate(filter);
      List<StoredResource> every =
          steps.everyMatch(query -> store.list(tenant, query), match, request);
      return inMemory(context, request, filter, order, every);
    }
    return store.list(
        tenant,
        new ListQuery(
            steps.predicate(filter), request.startIndex(), request.count(), request.queryKey()));
  }

  /** The filter without its membership conjuncts, whose user ids go to {@code memberIds}. */
  private static Filter documentTerms(Filter filter, List<String> memberIds) {
    if (filter instanceof Filter.And and) {
      Filter left = documentTerms(and.left(), memberIds);
      Filter right = documentTerms(and.right(), memberIds);
      return left == null ? right : right == null ? left : new Filter.And(left, right);
    }
    Optional<String> member =
        IndexedLookup.all(filter).stream()
            .filter(l -> l.kind() == EqLookup.Kind.MEMBER)
            .map(EqLookup::value)
            .findFirst();
    if (member.isPresent()) {
      memberIds.add(member.get());
      return null;
    }
    if (FilterAttributes.mentions(filter, Set.of("members"))) {
      throw new InvalidFilterException(
          "On Groups, 'members' can only be filtered as members[value eq \"<user id>\"], joined by 'and'.");
    }
    return filter;
  }

  private List<StoredResource> candidates(String tenant, EqLookup lookup) {
    return switch (lookup.kind()) {
      case ID -> store.get(tenant, lookup.value()).stream().toList();
      case DISPLAY_NAME -> store.findByDisplayName(tenant, lookup.value()).stream().toList();
      case EXTERNAL_ID -> store.findByExternalId(tenant, lookup.value()).stream().toList();
      default -> throw new IllegalStateException("not a group index: " + lookup.kind());
    };
  }

  private ListPage inMemory(
      ScimContext context,
      ListRequest request,
      Filter filter,
      ResourceComparator order,
      List<StoredResource> found) {
    List<ObjectNode> views = found.stream().map(group -> GroupView.full(context, group)).toList();
    return steps.inMemory(request, filter, order, found, views);
  }
}
