package io.scimgate.auth;

import java.util.regex.Pattern;

/**
 * The shape of a tenant id: it appears in SCIM base URLs that Okta accepts (no {@code _}, no upper
 * case; architecture.md) and starts every DynamoDB key of the tenant.
 */
public final class TenantIds {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{3,63}");

  private TenantIds() {}

  public static boolean valid(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }
}
