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
  private static final List<Pattern> KNOWN =
      List.of(
          Pattern.compile("/(Users|Groups)"),
          Pattern.compile("/(Users|Groups)/\\.search"),
          Pattern.compile("/(Users|Groups)/[^/]+"),
          Pattern.compile("/ServiceProviderConfig"),
          Pattern.compile("/(ResourceTypes|Schemas)"),
          Pattern.compile("/(ResourceTypes|Schemas)/[^/]+"));

  private ScimPaths() {}

  /** Always throws: 405 for a known endpoint, 404 otherwise. */
  public static RuntimeException unrouted(String method, String fullPath) {
    int at = fullPath.indexOf(ScimBaseUrl.BASE_SUFFIX);
    String path = at < 0 ? fullPath : fullPath.substring(at + ScimBaseUrl.BASE_SUFFIX.length());
    if (path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1);
    }
    for (Pattern known : KNOWN) {
      if (known.matcher(path).matches()) {
        throw new MethodNotAllowedException(method + " is not supported on " + path + ".");
      }
    }
    throw new NotFoundException("No SCIM endpoint at " + path + ".");
  }
}
