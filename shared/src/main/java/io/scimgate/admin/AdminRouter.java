package io.scimgate.admin;

import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Matches {@code /admin/...} paths against route patterns such as {@code
 * tenants/{tenantId}/tokens}. A path no pattern matches is 404; a path that matches with another
 * method is 405 with {@code Allow}. Routing reads the raw path itself, so the catch-all route of
 * {@code template.yaml} and the specific ones behave the same.
 */
final class AdminRouter {
  /** One admin operation, given the request and the values of the pattern's parameters. */
  @FunctionalInterface
  interface Action {
    HttpResponse handle(HttpRequest request, Map<String, String> params);
  }

  private record Route(String method, List<String> pattern, Action action) {}

  private final List<Route> routes = new ArrayList<>();

  AdminRouter on(String method, String pattern, Action action) {
    routes.add(new Route(method, List.of(pattern.split("/")), action));
    return this;
  }

  /** Every route as {@code METHOD /admin/pattern}, the way {@code template.yaml} names it. */
  List<String> routeKeys() {
    return routes.stream()
        .map(r -> r.method() + " /admin/" + String.join("/", r.pattern()))
        .toList();
  }

  HttpResponse route(HttpRequest request) {
    List<String> segments = segments(request.path());
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> params = match(route.pattern(), segments);
      if (params == null) {
        continue;
      }
      if (route.method().equals(request.method())) {
        return route.action().handle(request, params);
      }
      allowed.add(route.method());
    }
    if (allowed.isEmpty()) {
      throw AdminException.notFound(
          "No admin endpoint at " + request.method() + " " + request.path() + ".");
    }
    String allow = String.join(", ", allowed);
    return AdminJson.error(405, request.method() + " is not supported here; use " + allow + ".")
        .withHeader("Allow", allow);
  }

  /** The decoded segments after {@code /admin}; null-free, empty segments dropped. */
  static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    boolean afterAdmin = false;
    for (String raw : path.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      if (!afterAdmin) {
        afterAdmin = raw.equals("admin");
        continue;
      }
      try {
        out.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        throw AdminException.notFound("No admin endpoint at that path.");
      }
    }
    return out;
  }

  private static Map<String, String> match(List<String> pattern, List<String> segments) {
    if (pattern.size() != segments.size()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < pattern.size(); i++) {
      String p = pattern.get(i);
      if (p.startsWith("{") && p.endsWith("}")) {
        params.put(p.substring(1, p.length() - 1), segments.get(i));
      } else if (!p.equals(segments.get(i))) {
        return null;
      }
    }
    return params;
  }
}
