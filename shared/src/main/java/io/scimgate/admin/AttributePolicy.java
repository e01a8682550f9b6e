package io.scimgate.admin;

import io.scimgate.scim.schema.AttributeDef;
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
 * always kept; a tenant that set no policy keeps everything. A policy names core attributes by
 * their top-level name ({@code title}) and extensions by their schema URN (all of the extension or
 * none: that is the granularity {@code ResourceValidator.normalize} applies).
 */
public final class AttributePolicy {
  /** Kept whatever the policy says: what identifies, reaches and (de)activates a user. */
  public static final List<String> ALWAYS_STORED =
      List.of(
          "id", "externalId", "meta", "schemas", "userName", "name", "emails", "active", "groups");

  private static final Set<String> ALWAYS =
      ALWAYS_STORED.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
  private static final ResourceType USER = SchemaRegistry.standard().user();

  private AttributePolicy() {}

  /**
   * Validates names against the served User schemas and returns them in canonical spelling, without
   * repeats. Always-kept attributes are accepted and left out (they need no mention).
   *
   * @throws IllegalArgumentException naming the first entry that is neither
   */
  public static List<String> canonical(List<String> requested) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : requested) {
      Optional<String> canonical = canonicalName(name);
      if (canonical.isEmpty()) {
        throw new IllegalArgumentException(
            "\""
                + name
                + "\" is neither a top-level core User attribute nor a User extension URN served by /Schemas.");
      }
      if (!ALWAYS.contains(canonical.get().toLowerCase(Locale.ROOT))) {
        out.add(canonical.get());
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The keep-predicate of a policy ({@code null}: keep all), asked with a top-level core attribute
   * name or an extension schema URN, case-insensitively. Anything else is not kept.
   */
  public static Predicate<String> keep(List<String> stored) {
    if (stored == null) {
      return name -> true;
    }
    Set<String> kept =
        stored.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return name ->
        name != null
            && canonicalName(name)
                .map(c -> c.toLowerCase(Locale.ROOT))
                .filter(c -> ALWAYS.contains(c) || kept.contains(c))
                .isPresent();
  }

  private static Optional<String> canonicalName(String name) {
    if (ALWAYS.contains(name.toLowerCase(Locale.ROOT))) {
      return Optional.of(name);
    }
    Optional<SchemaDef> extension = USER.extension(name);
    if (extension.isPresent()) {
      return Optional.of(extension.get().id());
    }
    String bare =
        name.toLowerCase(Locale.ROOT).startsWith(USER.schema().id().toLowerCase(Locale.ROOT) + ":")
            ? name.substring(USER.schema().id().length() + 1)
            : name;
    return USER.schema().attribute(bare).map(AttributeDef::name);
  }
}
