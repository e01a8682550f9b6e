package io.scimgate.scim.endpoint;

import io.scimgate.http.HttpRequest;

/**
 * The tenant's SCIM base URL as the client reached it: scheme from {@code x-forwarded-proto} (API
 * Gateway sets it), host from {@code host}, path up to and including {@code /scim/v2}.
 */
public final class ScimBaseUrl {
  static final String BASE_SUFFIX = "/scim/v2";

  private ScimBaseUrl() {}

  public static String of(HttpRequest request) {
    String scheme = request.header("x-forwarded-proto").orElse("https");
    String host = request.header("host").orElse("localhost");
    String path = request.path();
    int at = path.indexOf(BASE_SUFFIX);
    String prefix = at < 0 ? path : path.substring(0, at + BASE_SUFFIX.length());
    return scheme + "://" + host + prefix;
  }
}
