package io.scimgate.scim.resource;

import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.Returned;
import io.scimgate.scim.schema.SchemaDef;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link AttributeSelection} resolved against one resource type: which attributes and
 * sub-attributes a response carries, per their {@code returned} characteristic (RFC 7643 §7):
 * {@code always} whatever is asked, {@code never} never, {@code default} unless excluded or unless
 * {@code attributes} names others, {@code request} only when named in {@code attributes}.
 */
final class SelectionRules {
  private final boolean listed;
  private final Set<String> named = new HashSet<>();
  private final Set<String> namedThroughSubs = new HashSet<>();
  private final Set<String> namedSchemas = new HashSet<>();
  private final Set<String> excluded = new HashSet<>();
  private final Set<String> excludedSchemas = new HashSet<>();

  SelectionRules(ResourceType type, List<String> attributes, List<String> excludedAttributes) {
    this.listed = !attributes.isEmpty();
    for (String path : attributes) {
      add(type, path, named, namedSchemas, namedThroughSubs);
    }
    for (String path : excludedAttributes) {
      add(type, path, excluded, excludedSchemas, new HashSet<>());
    }
  }

  private static void add(
      ResourceType type, String path, Set<String> paths, Set<String> schemas, Set<String> parents) {
    Optional<SchemaDef> schema = schemaNamed(type, path);
    if (schema.isPresent()) {
      schemas.add(schema.get().id());
      return;
    }
    type.resolve(path)
        .ifPresent(r -> {
          paths.add(key(r.schema(), r.attribute(), r.sub()));
          if (r.sub() != null) {
            parents.add(key(r.schema(), r.attribute(), null));
          }
        });
  }

  private static Optional<SchemaDef> schemaNamed(ResourceType type, String path) {
    if (type.schema().id().equalsIgnoreCase(path)) {
      return Optional.of(type.schema());
    }
    return type.extension(path);
  }

  /** Whether the top-level attribute, or any of its sub-attributes, is returned. */
  boolean includes(SchemaDef schema, AttributeDef attribute) {
    Returned returned = attribute.returned();
    if (returned == Returned.ALWAYS || returned == Returned.NEVER) {
      return returned == Returned.ALWAYS;
    }
    String key = key(schema, attribute, null);
    if (excluded.contains(key) || excludedSchemas.contains(schema.id())) {
      return false;
    }
    if (listed) {
      return named.contains(key)
          || namedThroughSubs.contains(key)
          || namedSchemas.contains(schema.id());
    }
    return returned == Returned.DEFAULT;
  }

  /** Whether a sub-attribute of an included attribute is returned. */
  boolean includes(SchemaDef schema, AttributeDef attribute, AttributeDef sub) {
    Returned returned = sub.returned();
    if (returned == Returned.ALWAYS || returned == Returned.NEVER) {
      return returned == Returned.ALWAYS;
    }
    String key = key(schema, attribute, sub);
    if (excluded.contains(key)) {
      return false;
    }
    boolean parentNamed =
        named.contains(key(schema, attribute, null)) || namedSchemas.contains(schema.id());
    if (returned == Returned.REQUEST) {
      return named.contains(key) || parentNamed;
    }
    if (listed && !parentNamed && attribute.returned() != Returned.ALWAYS) {
      return named.contains(key);
    }
    return true;
  }

  private static String key(SchemaDef schema, AttributeDef attribute, AttributeDef sub) {
    String top = schema.id() + ":" + attribute.name();
    return sub == null ? top : top + "." + sub.name();
  }
}
