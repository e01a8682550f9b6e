package io.scimgate.admin;

import io.scimgate.http.HttpRequest;
import java.util.Optional;
import java.util.function.Function;

/** The optional query parameters of the admin listings: an empty value counts as absent. */
final class QueryParams {
  private QueryParams() {}

  /** The value of {@code ?name=}, absent when the parameter is missing or empty. */
  static Optional<String> optional(HttpRequest request, String name) {
    return request.queryParam(name).filter(value -> !value.isEmpty());
  }

  /**
   * The value of {@code ?name=} as {@code parse} reads it, or null without one; 400 with {@code
   * message} when {@code parse} finds nothing in it.
   */
  static <T> T optional(
      HttpRequest request, String name, Function<String, Optional<T>> parse, String message) {
    return optional(request, name)
        .map(value -> parse.apply(value).orElseThrow(() -> AdminException.badRequest(message)))
        .orElse(null);
  }

  /** {@code ?limit=} from 1 to {@code maxLimit}; {@code defaultLimit} without one. */
  static int limit(HttpRequest request, int defaultLimit, int maxLimit) {
    Integer limit =
        optional(
            request,
            "limit",
            text -> between(text, 1, maxLimit),
            "\"limit\" must be 1 to " + maxLimit + ".");
    return limit == null ? defaultLimit : limit;
  }

  /** {@code ?name=true|false}, or null without one. */
  static Boolean flag(HttpRequest request, String name) {
    return optional(
        request,
        name,
        text ->
            Optional.of(text)
                .filter(t -> t.equals("true") || t.equals("false"))
                .map(Boolean::valueOf),
        "\"" + name + "\" must be true or false.");
  }

  /** {@code text} as a whole number from {@code min} to {@code max}; empty when it is not one. */
  static Optional<Integer> between(String text, int min, int max) {
    try {
      int n = Integer.parseInt(text);
      return n >= min && n <= max ? Optional.of(n) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
