package io.scimgate.http;

import java.util.Map;
import java.util.Optional;

/**
 * A transport-neutral HTTP request, as the core sees it: built from an API Gateway HTTP API (v2)
 * event in Lambda and by the local runner. Header names are lower-case; a query parameter given
 * several times arrives joined with commas, as API Gateway joins it.
 *
 * @param method upper-case HTTP method
 * @param path the raw path, e.g. {@code /tenants/acme/scim/v2/Users/123}
 * @param pathParameters route parameters such as {@code tenantId} and {@code id}
 * @param body the decoded request body, or {@code null}
 * @param requestId an id that identifies this request in logs and 500 responses
 * @param bodyMalformed the body arrived as bytes that are not UTF-8 ({@code body} is then {@code
 *     null}); the front doors answer 400 rather than store replacement characters
 */
public record HttpRequest(
    String method,
    String path,
    Map<String, String> pathParameters,
    Map<String, String> query,
    Map<String, String> headers,
    String body,
    String requestId,
    boolean bodyMalformed) {

  public HttpRequest {
    pathParameters = Map.copyOf(pathParameters);
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** A request whose body, if any, was decoded without error. */
  public HttpRequest(
      String method,
      String path,
      Map<String, String> pathParameters,
      Map<String, String> query,
      Map<String, String> headers,
      String body,
      String requestId) {
    this(method, path, pathParameters, query, headers, body, requestId, false);
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  public Optional<String> queryParam(String name) {
    return Optional.ofNullable(query.get(name));
  }

  public Optional<String> pathParam(String name) {
    return Optional.ofNullable(pathParameters.get(name));
  }
}
