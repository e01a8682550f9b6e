package io.scimgate.admin;

import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaDef;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which optional User attributes a tenant keeps. The identifying and lifecycle attributes are
 * always kept; a tenant that set no policy keeps everything. A policy names core attributes
 * ({@code title}), extension attributes by their full path ({@code
 * urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}), or a whole extension by
 * its schema URN.
 */
public final class AttributePolicy {
  /** Kept whatever the policy says: what identifies, reaches and (de)activates a user. */
  public static final List<String> ALWAYS_STORED =
      List.of("id", "externalId", "meta", "schemas", "userName", "name", "emails", "active", "groups");

  private static final Set<String> ALWAYS =
      ALWAYS_STORED.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  private static final ResourceType USER = SchemaRegistry.standard().user();

  private AttributePolicy() {}

  /**
   * Validates names against the served User schemas and returns them in canonical spelling,
   * without repeats. Always-kept attributes are accepted and left out (they need no mention).
   *
   * @throws IllegalArgumentException naming the first attribute the schemas do not have
   */
  public static List<String> canonical(List<String> requested) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : requested) {
      if (ALWAYS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<SchemaDef> extension = USER.extension(name);
      if (extension.isPresent()) {
        out.add(extension.get().id());
        continue;
      }
      Optional<String> top = USER.resolve(name).filter(r -> r.sub() == null).flatMap(r -> topLevel(name));
      if (top.isEmpty()) {
        throw new IllegalArgumentException(
            "\"" + name + "\" is not a top-level attribute of the User schemas served by /Schemas.");
      }
      if (!ALWAYS.contains(top.get().toLowerCase(Locale.ROOT))) {
        out.add(top.get());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The keep-predicate of a policy ({@code null}: keep all). It answers for a top-level attribute
   * name, an attribute path (its top-level attribute decides), or an extension's schema URN (kept
   * when the policy keeps any of its attributes). Names compare case-insensitively.
   */
  public static Predicate<String> keep(List<String> stored) {
    if (stored == null) {
      return name -> true;
    }
    Set<String> kept = stored.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return name -> {
      if (name == null) {
        return false;
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (ALWAYS.contains(lower)) {
        return true;
      }
      if (USER.extension(name).isPresent()) {
        return kept.contains(lower) || kept.stream().anyMatch(k -> k.startsWith(lower + ":"));
      }
      Optional<String> top = topLevel(name);
      if (top.isEmpty()) {
        return false;
      }
      String canonical = top.get().toLowerCase(Locale.ROOT);
      if (ALWAYS.contains(canonical) || kept.contains(canonical)) {
        return true;
      }
      int colon = canonical.lastIndexOf(':');
      return colon > 0 && kept.contains(canonical.substring(0, colon));
    };
  }

  /** {@code title}, or {@code <extension URN>:<attribute>}, in the schema's spelling. */
  private static Optional<String> topLevel(String path) {
    return USER.resolve(path)
        .map(
            r ->
                r.isExtension(USER)
                    ? r.schema().id() + ":" + r.attribute().name()
                    : r.attribute().name());
  }
}
