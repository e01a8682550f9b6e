package io.scimgate.observe;

import java.util.Locale;
import java.util.Map;

/**
 * Which identity provider sent a request, from what each one sends (docs/operations.md):
 *
 * <ol>
 *   <li>{@code User-Agent} starting with {@code Okta SCIM Client} (Okta's provisioning agent and
 *       its spec test) → {@code okta};
 *   <li>{@code User-Agent} naming Microsoft or Azure (Entra's provisioning service sends {@code
 *       Microsoft.Identity.Provisioning…}) → {@code entra};
 *   <li>the {@code aadOptscim062020} query flag, which only Entra tenants append to the tenant URL
 *       → {@code entra};
 *   <li>anything else → {@code other}.
 * </ol>
 */
public final class Idp {
  public static final String OKTA = "okta";
  public static final String ENTRA = "entra";
  public static final String OTHER = "other";

  private Idp() {}

  /**
   * @param headers lower-case header names, as {@code HttpRequest} holds them
   * @param query the query parameters
   */
  public static String detect(Map<String, String> headers, Map<String, String> query) {
    String agent = headers.getOrDefault("user-agent", "");
    if (agent.startsWith("Okta SCIM Client")) {
      return OKTA;
    }
    String lower = agent.toLowerCase(Locale.ROOT);
    if (lower.contains("microsoft") || lower.contains("azure")) {
      return ENTRA;
    }
    if (query.containsKey("aadOptscim062020")) {
      return ENTRA;
    }
    return OTHER;
  }
}
