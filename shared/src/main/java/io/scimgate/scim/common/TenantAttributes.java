package io.scimgate.scim.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per tenant, its User attribute settings (docs/admin.md): what every User endpoint and the
 * discovery documents follow.
 *
 * @param stored which optional top-level attributes (canonical names or extension URNs) the tenant
 *     keeps; see {@code ResourceValidator.normalize(body, keepOptional)}; discovery leaves out the
 *     rest
 * @param required the attributes (canonical paths such as {@code name.givenName}) every create and
 *     replace must carry and no PATCH may remove; the User schemas mark them {@code "required":
 *     true}
 */
public record TenantAttributes(
    Function<String, Predicate<String>> stored, Function<String, List<String>> required) {

  /** Every tenant keeps every optional attribute and requires none. */
  public static TenantAttributes keepAll() {
    return new TenantAttributes(tenantId -> attribute -> true, tenantId -> List.of());
  }
}
