package io.scimgate.admin;

import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.scim.schema.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The User attributes a tenant requires on every create and replace, named as in {@code /Schemas}:
 * a core attribute or sub-attribute ({@code emails}, {@code name.givenName}) or an extension
 * attribute by its full path ({@code urn:…:enterprise:2.0:User:employeeNumber}). A required
 * attribute must be one the client can write and one the tenant's attribute policy keeps.
 */
public final class RequiredAttributes {
  static final int MAX = 32;
  private static final ResourceType USER = SchemaRegistry.standard().user();

  private RequiredAttributes() {}

  /**
   * The names in canonical spelling without repeats.
   *
   * @param stored the tenant's attribute policy ({@code null}: keeps everything)
   * @throws IllegalArgumentException naming the first entry that is unknown, not writable, or
   *     dropped by the policy
   */
  public static List<String> canonical(List<String> requested, List<String> stored) {
    if (requested.size() > MAX) {
      throw new IllegalArgumentException("At most " + MAX + " required attributes.");
    }
    Predicate<String> keep = AttributePolicy.keep(stored);
    Set<String> out = new LinkedHashSet<>();
    for (String name : requested) {
      ResolvedAttribute resolved =
          USER.resolve(name)
              .orElseThrow(() ->
                  new IllegalArgumentException(
                      "\""
                          + name
                          + "\" is not a User attribute served by /Schemas (use e.g."
                          + " \"emails\", \"name.givenName\" or an extension attribute's full"
                          + " URN path)."));
      String canonical = canonical(resolved);
      if (!writable(resolved.attribute()) || !writable(resolved.leaf())) {
        throw new IllegalArgumentException(
            "\""
                + canonical
                + "\" cannot be required: clients never send it (it is "
                + WireNames.of(
                    (writable(resolved.attribute()) ? resolved.leaf() : resolved.attribute())
                        .mutability()
                        .name())
                + ").");
      }
      String policyName =
          resolved.isExtension(USER) ? resolved.schema().id() : resolved.attribute().name();
      if (!keep.test(policyName)) {
        throw new IllegalArgumentException(
            "\""
                + canonical
                + "\" cannot be required: this tenant's attribute policy does not store \""
                + policyName
                + "\"; add it to the attribute policy first.");
      }
      out.add(canonical);
    }
    return new ArrayList<>(out);
  }

  /** Which of {@code required} a new attribute policy would drop (to refuse that policy). */
  static List<String> droppedBy(List<String> required, List<String> stored) {
    Predicate<String> keep = AttributePolicy.keep(stored);
    List<String> dropped = new ArrayList<>();
    for (String name : required) {
      USER.resolve(name)
          .ifPresent(r -> {
            if (!keep.test(r.isExtension(USER) ? r.schema().id() : r.attribute().name())) {
              dropped.add(name);
            }
          });
    }
    return dropped;
  }

  private static String canonical(ResolvedAttribute resolved) {
    String path =
        resolved.attribute().name() + (resolved.sub() == null ? "" : "." + resolved.sub().name());
    return resolved.isExtension(USER) ? resolved.schema().id() + ":" + path : path;
  }

  private static boolean writable(AttributeDef def) {
    return def.mutability() != Mutability.READ_ONLY && def.mutability() != Mutability.WRITE_ONLY;
  }
}
