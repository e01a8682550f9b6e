package io.scimgate.scim.endpoint;

import io.scimgate.scim.error.MethodNotAllowedException;
import io.scimgate.scim.error.NotFoundException;
import io.scimgate.scim.error.NotImplementedException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The endpoints RFC 7644 §3.2 defines under a tenant's base URL. A request that reaches the
 * catch-all route names one this service does not implement (501), one of the others with a method
 * it does not take (405), or nothing (404).
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

  private static final Pattern ME = Pattern.compile("/Me(/.*)?");
  private static final Pattern ROOT_SEARCH = Pattern.compile("/\\.search/?");

  private ScimPaths() {}

  /**
   * Always throws: 501 for what RFC 7644 defines and this service does not offer ({@code /Me},
   * §3.11; search at the root, §3.4.3), 405 for a known endpoint, 404 otherwise (the bare base URL
   * included: it names no resource).
   */
  public static RuntimeException unrouted(String method, String fullPath) {
    int at = fullPath.indexOf(ScimBaseUrl.BASE_SUFFIX);
    String path = at < 0 ? fullPath : fullPath.substring(at + ScimBaseUrl.BASE_SUFFIX.length());
    if (ME.matcher(path).matches()) {
      throw new NotImplementedException(
          "/Me is not supported: a token here belongs to the tenant's IdP, not to a user"
              + " (RFC 7644 §3.11).");
    }
    if (ROOT_SEARCH.matcher(path).matches()) {
      throw new NotImplementedException(
          "Search at the base URL is not supported; use /Users/.search or /Groups/.search"
              + " (RFC 7644 §3.4.3).");
    }
    if (path.isEmpty() || path.equals("/")) {
      throw new NotFoundException(
          "The base URL names no resource; the endpoints are /Users, /Groups,"
              + " /ServiceProviderConfig, /ResourceTypes and /Schemas.");
    }
    for (Known known : KNOWN) {
      if (known.path().matcher(path).matches()) {
        throw new MethodNotAllowedException(
            method + " is not supported on " + path + ".", known.allow());
      }
    }
    throw new NotFoundException("No SCIM endpoint at " + path + ".");
  }
}
