package io.scimgate.smoke;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One IdP's requests to a SCIM base URL: its headers, its body content type and, for Entra's {@code
 * aadOptscim062020} tenant URLs, a query suffix on every request. Filter values are percent-encoded
 * the way both IdPs send them ({@code %20} for spaces).
 */
final class ScimClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String baseUrl;
  private final String token;
  private final String userAgent;
  private final String contentType;
  private final String querySuffix;

  ScimClient(String baseUrl, String token, String userAgent, String contentType, String suffix) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.token = token;
    this.userAgent = userAgent;
    this.contentType = contentType;
    this.querySuffix = suffix;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** A response: status, headers (lower-case names, first value) and the parsed body or null. */
  record Reply(int status, Map<String, String> headers, String text, Object body) {
    Object at(Object... path) {
      return MiniJson.at(body, path);
    }

    String string(Object... path) {
      Object value = at(path);
      return value == null ? null : value.toString();
    }

    int integer(Object... path) {
      return at(path) instanceof Double d ? d.intValue() : -1;
    }

    @Override
    public String toString() {
      return status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
  }

  Reply get(String path, Map<String, String> query) throws IOException, InterruptedException {
    return send("GET", path, query, null);
  }

  Reply send(String method, String path, Map<String, String> query, String body)
      throws IOException, InterruptedException {
    StringBuilder url = new StringBuilder(baseUrl).append(path);
    String sep = path.contains("?") ? "&" : "?";
    for (var e : query.entrySet()) {
      url.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
      sep = "&";
    }
    if (querySuffix != null) {
      url.append(sep).append(querySuffix);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.toString()))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/scim+json")
            .header("User-Agent", userAgent)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Map<String, String> headers = new LinkedHashMap<>();
    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
    String text = response.body() == null ? "" : response.body();
    Object parsed = null;
    if (!text.isBlank()) {
      try {
        parsed = MiniJson.parse(text);
      } catch (IllegalArgumentException notJson) {
        parsed = null;
      }
    }
    return new Reply(response.statusCode(), headers, text, parsed);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
