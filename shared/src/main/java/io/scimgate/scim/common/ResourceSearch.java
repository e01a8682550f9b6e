package io.scimgate.scim.common;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.TooManyException;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.sort.ResourceComparator;
import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The steps every list query of one resource type shares (RFC 7644 §3.4.2), whichever plan the user
 * or group search chooses: the filter check, the store-side predicate, the bounded read of every
 * match, and the in-memory filter, sort and window.
 */
public final class ResourceSearch {
  /** The most resources one sorted or server-attribute query may examine. */
  public static final int MAX_IN_MEMORY = 10_000;

  private final ResourceType type;
  private final FilterEvaluator evaluator;

  public ResourceSearch(ResourceType type) {
    this.type = type;
    this.evaluator = new FilterEvaluator(type);
  }

  /** Rejects a filter that does not fit the type (400 invalidFilter). */
  public void validate(Filter filter) {
    evaluator.validate(filter);
  }

  /** The request's sort order; an unknown {@code sortBy} or {@code sortOrder} is 400. */
  public ResourceComparator order(ListRequest request) {
    return new ResourceComparator(type, request.sortBy(), request.sortOrder());
  }

  /** The store-side form of {@code filter}: {@code null} (everything) for none. */
  public Predicate<ObjectNode> predicate(Filter filter) {
    return filter == null ? null : document -> evaluator.matches(filter, document);
  }

  /**
   * Every stored resource {@code list} lets through {@code match}, at most {@value #MAX_IN_MEMORY};
   * more is 400 tooMany.
   */
  public List<StoredResource> everyMatch(
      Function<ListQuery, ListPage> list, Predicate<ObjectNode> match, ListRequest request) {
    ListPage page = list.apply(new ListQuery(match, 1, MAX_IN_MEMORY, request.queryKey()));
    if (page.totalResults() > page.resources().size()) {
      throw new TooManyException(
          "This query would sort or examine more than "
              + MAX_IN_MEMORY
              + " "
              + type.name().toLowerCase(Locale.ROOT)
              + "s; narrow the filter or drop sortBy.");
    }
    return page.resources();
  }

  /**
   * The {@code found} resources whose {@code views} (one a resource, in the same order) match
   * {@code filter}, sorted by {@code order} and cut to the request's window.
   */
  public ListPage inMemory(
      ListRequest request,
      Filter filter,
      ResourceComparator order,
      List<StoredResource> found,
      List<ObjectNode> views) {
    Map<ObjectNode, StoredResource> byView = new IdentityHashMap<>();
    List<ObjectNode> matches = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (filter == null || evaluator.matches(filter, views.get(i))) {
        matches.add(views.get(i));
        byView.put(views.get(i), found.get(i));
      }
    }
    matches.sort(order);
    return new ListPage(request.window(matches).stream().map(byView::get).toList(), matches.size());
  }
}
