package io.scimgate.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Sends requests to the local runner shaped like an IdP's: its headers, its content type, its query
 * string suffix (Entra's {@code aadOptscim062020}); filters percent-encoded.
 */
final class IdpHttp {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

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

  record Reply(int status, HttpResponse<String> raw, JsonNode body) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  /** {@code path} under the SCIM base, with its query (values not yet encoded). */
  Reply send(String method, String path, Map<String, String> query, String body) throws Exception {
    StringBuilder url = new StringBuilder(baseUrl).append(path);
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
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url.toString()))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach((name, value) -> {
      if (body != null || !name.equalsIgnoreCase("Content-Type")) {
        request.header(name, value);
      }
    });
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode parsed =
        response.body() == null || response.body().isEmpty() ? null : Json.parse(response.body());
    return new Reply(response.statusCode(), response, parsed);
  }
}
