package io.scimgate.local;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as it reached the local gateway, before any API Gateway processing.
 *
 * @param method the method as sent
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent (no {@code ?}), or {@code null}
 * @param headers header names as sent, each with its values in arrival order
 * @param body the body bytes, empty when there is none
 * @param sourceIp the client's address
 * @param protocol e.g. {@code HTTP/1.1}
 */
public record IncomingRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    String sourceIp,
    String protocol) {

  public IncomingRequest {
    headers = Map.copyOf(headers);
  }

  /**
   * The path split at {@code /} and percent-decoded per segment, as HTTP API decodes it before
   * routing; a malformed escape stays as it is ({@link PercentDecoding}).
   */
  public List<String> pathSegments() {
    return RouteMatcher.segments(rawPath).stream().map(IncomingRequest::decode).toList();
  }

  /** The decoded path, which HTTP API passes on as {@code rawPath}. */
  public String path() {
    return "/" + String.join("/", pathSegments());
  }

  private static String decode(String segment) {
    return PercentDecoding.decode(segment, false);
  }
}
