package io.scimgate.local;

import io.scimgate.deploy.TemplateFile.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the route an API Gateway HTTP API would pick for a request: among the routes whose method
 * ({@code ANY} included) and path template match, the most specific one. Routes without a greedy
 * variable beat routes with one; position by position a literal segment beats a {@code {param}}; a
 * longer greedy prefix beats a shorter one; on the same template an exact method beats {@code ANY}.
 * A {@code {param}} matches one non-empty segment, a greedy {@code {name+}} one or more characters,
 * so {@code /pets/} matches neither {@code /pets} nor {@code /pets/{id}}.
 */
public final class RouteMatcher {

  /** The chosen route, its route key ({@code "GET /pets/{id}"}) and its decoded path values. */
  public record Match(Route route, String routeKey, Map<String, String> pathParameters) {}

  private record Template(Route route, List<String> segments, String greedyName) {
    boolean greedy() {
      return greedyName != null;
    }

    boolean literal(int i) {
      return !segments.get(i).startsWith("{");
    }
  }

  private static final Comparator<Template> MOST_SPECIFIC_FIRST =
      Comparator.comparing(Template::greedy)
          .thenComparing(Comparator.comparingInt((Template t) -> t.segments().size()).reversed())
          .thenComparing(RouteMatcher::literalsFirst)
          .thenComparing(t -> t.route().method().equals("ANY"));

  private final List<Template> templates;

  public RouteMatcher(List<Route> routes) {
    this.templates = routes.stream().map(RouteMatcher::compile).toList();
  }

  /**
   * The route for {@code method} and {@code segments}, the request path split at {@code /} and
   * percent-decoded segment by segment (so an encoded {@code %2F} stays inside its segment).
   */
  public Optional<Match> match(String method, List<String> segments) {
    List<Template> candidates = new ArrayList<>();
    for (Template t : templates) {
      String m = t.route().method();
      if ((m.equals("ANY") || m.equalsIgnoreCase(method)) && matches(t, segments)) {
        candidates.add(t);
      }
    }
    return candidates.stream()
        .sorted(MOST_SPECIFIC_FIRST)
        .findFirst()
        .map(t ->
            new Match(t.route(), t.route().method() + " " + t.route().path(), values(t, segments)));
  }

  /** Splits a decoded-per-segment path: {@code "/a/b/"} is {@code [a, b, ""]}. */
  public static List<String> segments(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return List.of(trimmed.split("/", -1));
  }

  private static Template compile(Route route) {
    List<String> segments = segments(route.path());
    String last = segments.get(segments.size() - 1);
    if (last.startsWith("{") && last.endsWith("+}")) {
      return new Template(
          route, segments.subList(0, segments.size() - 1), last.substring(1, last.length() - 2));
    }
    return new Template(route, segments, null);
  }

  private static boolean matches(Template t, List<String> path) {
    int n = t.segments().size();
    if (t.greedy() ? path.size() <= n : path.size() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      String segment = path.get(i);
      if (t.literal(i) ? !t.segments().get(i).equals(segment) : segment.isEmpty()) {
        return false;
      }
    }
    // A greedy variable takes at least one character: "/admin/" does not match "/admin/{proxy+}".
    return !t.greedy() || !String.join("/", path.subList(n, path.size())).isEmpty();
  }

  private static Map<String, String> values(Template t, List<String> path) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < t.segments().size(); i++) {
      if (!t.literal(i)) {
        String name = t.segments().get(i);
        values.put(name.substring(1, name.length() - 1), path.get(i));
      }
    }
    if (t.greedy()) {
      values.put(t.greedyName(), String.join("/", path.subList(t.segments().size(), path.size())));
    }
    return values;
  }

  /** Position by position, the template with a literal where the other has a variable wins. */
  private static int literalsFirst(Template a, Template b) {
    int n = Math.min(a.segments().size(), b.segments().size());
    for (int i = 0; i < n; i++) {
      if (a.literal(i) != b.literal(i)) {
        return a.literal(i) ? -1 : 1;
      }
    }
    return 0;
  }
}
