package io.scimgate.scim.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;

/**
 * Responses that carry one resource: the body, {@code ETag} (= {@code meta.version}) and {@code
 * Location} (= {@code meta.location}, RFC 7644 §3.1, §3.14).
 */
public final class ResourceResponses {
  private ResourceResponses() {}

  public static HttpResponse of(int status, JsonNode body, long version, String location) {
    return HttpResponse.scim(status, Json.write(body))
        .withHeader("ETag", ETags.of(version))
        .withHeader("Location", location);
  }

  /** 304 for a conditional GET whose {@code If-None-Match} names the current version. */
  public static HttpResponse notModified(long version, String location) {
    return HttpResponse.empty(304)
        .withHeader("ETag", ETags.of(version))
        .withHeader("Location", location);
  }

  /**
   * 204 after a write whose response body was not asked for; the headers still tell the version.
   */
  public static HttpResponse noContent(long version, String location) {
    return HttpResponse.empty(204)
        .withHeader("ETag", ETags.of(version))
        .withHeader("Location", location);
  }
}
