package io.scimgate.auth;

import java.util.regex.Pattern;

/**
 * The shape of a tenant id, the one rule for the admin API, the SCIM front door and the local
 * runner: it appears in SCIM base URLs that Okta accepts (no {@code _}, no upper case;
 * docs/architecture.md, "URL layout") and starts every DynamoDB key of the tenant.
 */
public final class TenantIds {
  /** The rule in words, for error messages. */
  public static final String RULE = "3-63 lowercase letters, digits or '-'";

  private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{3,63}");

  private TenantIds() {}

  public static boolean valid(String id) {
    return id != null && SHAPE.matcher(id).matches();
  }
}
