package io.scimgate.scim.endpoint;

import io.scimgate.scim.error.MethodNotAllowedException;
import io.scimgate.scim.error.NotFoundException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The endpoints RFC 7644 §3.2 defines under a tenant's base URL. A request that reaches the
 * catch-all route either names one of them with a method it does not take (405) or names nothing
 * (404).
 */
public final class ScimPaths {
  private record Known(Pattern path, String allow) {}

  private static final List<Known> KNOWN =
      List.of(
          new Known(Pattern.compile("/(Users|Groups)"), "GET, POST"),
          new Known(Pattern.compile("/(Users|Groups)/\\.search"), "POST"),
          new Known(Pattern.compile("/(Users|Groups)/[^/]+"), "GET, PUT, PATCH, DELETE"),
          new Known(Pattern.compile("/ServiceProviderConfig"), "GET"),
          new Known(Pattern.compile("/(ResourceTypes|Schemas)"), "GET"),
          new Known(Pattern.compile("/(ResourceTypes|Schemas)/[^/]+"), "GET"));

  private ScimPaths() {}

  /** Always throws: 405 for a known endpoint, 404 otherwise. */
  public static RuntimeException unrouted(String method, String fullPath) {
    int at = fullPath.indexOf(ScimBaseUrl.BASE_SUFFIX);
    String path = at < 0 ? fullPath : fullPath.substring(at + ScimBaseUrl.BASE_SUFFIX.length());
    for (Known known : KNOWN) {
      if (known.path().matcher(path).matches()) {
        throw new MethodNotAllowedException(
            method + " is not supported on " + path + ".", known.allow());
      }
    }
    throw new NotFoundException("No SCIM endpoint at " + path + ".");
  }
}
