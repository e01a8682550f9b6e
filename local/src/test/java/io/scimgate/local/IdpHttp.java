package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Sends requests to the local runner shaped like an IdP's: its headers, its content type, its query
 * string suffix (Entra's {@code aadOptscim062020}); filters percent-encoded. {@link #exchange} is
 * the one place a test request is built, for the admin API and raw bodies too.
 */
final class IdpHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** What Okta's SCIM client sends (docs/idp-dialects.md). */
  static final Map<String, String> OKTA =
      Map.of(
          "Accept",
          "application/scim+json",
          "Content-Type",
          "application/scim+json; charset=utf-8",
          "User-Agent",
          "Okta SCIM Client 1.0.0");

  /** What Entra's provisioning service sends; its tenant URL carries {@code ?aadOptscim062020}. */
  static final Map<String, String> ENTRA =
      Map.of("Content-Type", "application/json", "User-Agent", "Microsoft.Identity.Provisioning");

  /** An RFC 7644 client with no IdP quirks. */
  static final Map<String, String> PLAIN = Map.of("Content-Type", "application/scim+json");

  private final String baseUrl;
  private final String token;
  private final Map<String, String> headers;
  private final String querySuffix;

  IdpHttp(String baseUrl, String token, Map<String, String> headers, String querySuffix) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.headers = headers;
    this.querySuffix = querySuffix;
  }

  /** {@code headers} against the runner's SCIM base with its SCIM token, no query suffix. */
  static IdpHttp of(LocalRunner runner, Map<String, String> headers) {
    return new IdpHttp(runner.baseUrl(), runner.scimToken(), headers, null);
  }

  record Reply(int status, HttpResponse<String> raw, JsonNode body) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  /** {@code path} under the SCIM base, with its query (values not yet encoded). */
  Reply send(String method, String path, Map<String, String> query, String body) throws Exception {
    StringBuilder url = new StringBuilder(path);
    String sep = "?";
    for (var e : query.entrySet()) {
      url.append(sep)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
      sep = "&";
    }
    if (querySuffix != null) {
      url.append(sep).append(querySuffix);
    }
    HttpResponse<String> response = raw(method, url.toString(), body);
    JsonNode parsed =
        response.body() == null || response.body().isEmpty() ? null : Json.parse(response.body());
    return new Reply(response.statusCode(), response, parsed);
  }

  /** {@code pathAndQuery} under the SCIM base exactly as given (already encoded). */
  HttpResponse<String> raw(String method, String pathAndQuery, String body) throws Exception {
    return exchange(
        method,
        baseUrl + pathAndQuery,
        token,
        headers,
        body == null ? null : BodyPublishers.ofString(body));
  }

  /**
   * One request: {@code token} as bearer (none if null), {@code headers} as given except that
   * {@code Content-Type} goes only with a body ({@code body} null: none).
   */
  static HttpResponse<String> exchange(
      String method, String url, String token, Map<String, String> headers, BodyPublisher body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .method(method, body == null ? BodyPublishers.noBody() : body);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    headers.forEach((name, value) -> {
      if (body != null || !name.equalsIgnoreCase("Content-Type")) {
        request.header(name, value);
      }
    });
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
