package io.scimgate.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where clients reach this API, when it is not what the request itself says: a custom domain with a
 * base-path mapping ({@code https://scim.example.com/v1}), or a proxy in front of API Gateway. Set
 * by template.yaml's {@code PublicBaseUrl} parameter as {@value #VARIABLE}; when it is empty, URLs
 * are derived from each request's scheme, host and path as before. It decides the tenant SCIM base
 * URL behind every {@code Location}, {@code meta.location} and {@code $ref}.
 */
public final class PublicBaseUrl {
  public static final String VARIABLE = "PUBLIC_BASE_URL";
  private static final PublicBaseUrl DERIVED = new PublicBaseUrl(null);

  private final String root;

  private PublicBaseUrl(String root) {
    this.root = root;
  }

  /** No configured URL: every URL comes from the request. */
  public static PublicBaseUrl derived() {
    return DERIVED;
  }

  /** From {@value #VARIABLE}; unset or blank means {@link #derived()}. */
  public static PublicBaseUrl fromEnvironment() {
    return of(System.getenv(VARIABLE));
  }

  /**
   * An absolute {@code http}/{@code https} URL without query or fragment; one trailing slash is
   * dropped. Blank or null means {@link #derived()}.
   *
   * @throws IllegalArgumentException for anything else (fails the function's init, so a bad value
   *     stops the deployment instead of producing wrong URLs)
   */
  public static PublicBaseUrl of(String value) {
    if (value == null || value.isBlank()) {
      return DERIVED;
    }
    String trimmed = value.strip();
    try {
      URI uri = new URI(trimmed);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      if (!web
          || uri.getHost() == null
          || uri.getRawQuery() != null
          || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            VARIABLE + " must be an http(s) URL without query or fragment: " + trimmed);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(VARIABLE + " is not a URL: " + trimmed, e);
    }
    return new PublicBaseUrl(
        trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
  }

  /** The configured root, if any. */
  public Optional<String> root() {
    return Optional.ofNullable(root);
  }

  /** {@code <root>/tenants/<tenantId>/scim/v2} when configured; empty when derived. */
  public Optional<String> scimBase(String tenantId) {
    return root().map(r -> r + "/tenants/" + tenantId + "/scim/v2");
  }

  @Override
  public String toString() {
    return root == null ? "derived from the request" : root;
  }
}
