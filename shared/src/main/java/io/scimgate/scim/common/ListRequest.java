package io.scimgate.scim.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterParser;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.resource.AttributeSelection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list query (RFC 7644 §3.4.2) from {@code GET} query parameters or a {@code POST .search} body
 * (§3.4.3), normalised as §3.4.2.4 asks: {@code startIndex} below 1 is 1, a negative {@code count}
 * is 0 (totals only), and a {@code count} above {@value #MAX_RESULTS} (the advertised {@code
 * filter.maxResults}) is lowered to it. Parameter names are matched case-insensitively; unknown
 * parameters (Entra's {@code aadOptscim062020}) are ignored. A non-integer number is 400
 * invalidValue; a filter that does not parse is 400 invalidFilter.
 *
 * @param filter the parsed filter, or {@code null} for all resources
 * @param sortBy the attribute path to sort by, or {@code null}
 * @param sortOrder "ascending", "descending" or {@code null}
 */
public record ListRequest(
    int startIndex,
    int count,
    Filter filter,
    String sortBy,
    String sortOrder,
    AttributeSelection selection) {
  /** The page size cap, advertised as {@code filter.maxResults} in /ServiceProviderConfig. */
  public static final int MAX_RESULTS = 1000;

  /** Page size when the client gives no {@code count}. */
  public static final int DEFAULT_COUNT = 100;

  public static ListRequest fromQuery(HttpRequest request) {
    Map<String, String> query = request.query();
    return of(
        param(query, "startIndex").map(v -> integer("startIndex", v)),
        param(query, "count").map(v -> integer("count", v)),
        param(query, "filter").orElse(null),
        param(query, "sortBy").orElse(null),
        param(query, "sortOrder").orElse(null),
        AttributeSelection.of(
            param(query, "attributes").orElse(null),
            param(query, "excludedAttributes").orElse(null)));
  }

  /** From the body of {@code POST /<Resource>/.search}; attribute lists may be arrays or text. */
  public static ListRequest fromSearchBody(JsonNode body) {
    return of(
        field(body, "startIndex").map(v -> integer("startIndex", v)),
        field(body, "count").map(v -> integer("count", v)),
        field(body, "filter").map(JsonNode::asText).orElse(null),
        field(body, "sortBy").map(JsonNode::asText).orElse(null),
        field(body, "sortOrder").map(JsonNode::asText).orElse(null),
        AttributeSelection.of(
            field(body, "attributes").map(ListRequest::joined).orElse(null),
            field(body, "excludedAttributes").map(ListRequest::joined).orElse(null)));
  }

  private static ListRequest of(
      Optional<Long> startIndex,
      Optional<Long> count,
      String filterText,
      String sortBy,
      String sortOrder,
      AttributeSelection selection) {
    long start = Math.max(1, startIndex.orElse(1L));
    long size = Math.min(MAX_RESULTS, Math.max(0, count.orElse((long) DEFAULT_COUNT)));
    Filter filter =
        filterText == null || filterText.isBlank() ? null : FilterParser.parse(filterText);
    return new ListRequest(
        (int) Math.min(start, Integer.MAX_VALUE),
        (int) size,
        filter,
        blankToNull(sortBy),
        blankToNull(sortOrder),
        selection);
  }

  /**
   * Identifies the filter (not the window), so the store can resume sequential pages of the same
   * query from a bookmark instead of re-reading the items before {@code startIndex}.
   */
  public String queryKey() {
    String text = filter == null ? "" : filter.toString();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The 1-based window of {@code all} this request asks for. */
  public <T> List<T> window(List<T> all) {
    if (startIndex > all.size() || count == 0) {
      return List.of();
    }
    int from = startIndex - 1;
    return new ArrayList<>(all.subList(from, (int) Math.min(all.size(), (long) from + count)));
  }

  private static Optional<String> param(Map<String, String> query, String name) {
    return query.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static Optional<JsonNode> field(JsonNode body, String name) {
    return Optional.ofNullable(ResourceNodes.field(body, name)).filter(v -> !v.isNull());
  }

  private static long integer(String name, JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return value.longValue();
    }
    return integer(name, value.isTextual() ? value.textValue() : value.toString());
  }

  private static long integer(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("'" + name + "' must be an integer.");
    }
  }

  private static String joined(JsonNode value) {
    if (!value.isArray()) {
      return value.asText();
    }
    List<String> names = new ArrayList<>();
    value.forEach(v -> names.add(v.asText()));
    return String.join(",", names);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
