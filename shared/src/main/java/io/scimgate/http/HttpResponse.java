package io.scimgate.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A transport-neutral HTTP response; header names as they should be sent. */
public record HttpResponse(int status, Map<String, String> headers, String body) {
  public static final String SCIM_JSON = "application/scim+json";

  public HttpResponse {
    headers = Map.copyOf(headers);
  }

  /** A response with an {@code application/scim+json} body. */
  public static HttpResponse scim(int status, String body) {
    return new HttpResponse(status, Map.of("Content-Type", SCIM_JSON), body);
  }

  public static HttpResponse empty(int status) {
    return new HttpResponse(status, Map.of(), null);
  }

  public HttpResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HttpResponse(status, copy, body);
  }
}
