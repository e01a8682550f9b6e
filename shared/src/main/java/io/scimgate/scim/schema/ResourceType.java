package io.scimgate.scim.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A resource type (RFC 7643 §6): its core schema, its extensions, and the common attributes ({@code
 * id}, {@code externalId}, {@code meta}, RFC 7643 §3.1) every resource carries.
 */
public record ResourceType(
    String name,
    String endpoint,
    String description,
    SchemaDef schema,
    List<SchemaDef> extensions,
    List<AttributeDef> commonAttributes) {

  public ResourceType {
    extensions = List.copyOf(extensions);
    commonAttributes = List.copyOf(commonAttributes);
  }

  /** All schema URNs a resource of this type may list in {@code schemas}. */
  public List<String> schemaUrns() {
    List<String> urns = new ArrayList<>();
    urns.add(schema.id());
    extensions.forEach(e -> urns.add(e.id()));
    return urns;
  }

  /** Extension schema whose URN equals {@code urn}, compared case-insensitively. */
  public Optional<SchemaDef> extension(String urn) {
    return extensions.stream().filter(e -> e.id().equalsIgnoreCase(urn)).findFirst();
  }

  /**
   * Resolves an attribute path: {@code userName}, {@code name.givenName}, a URN-qualified core
   * attribute, or an extension attribute such as {@code urn:…:enterprise:2.0:User:manager.value}.
   * Names compare case-insensitively (RFC 7643 §2.1).
   */
  public Optional<ResolvedAttribute> resolve(String path) {
    String rest = path;
    SchemaDef owner = schema;
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.startsWith("urn:")) {
      Optional<SchemaDef> match = Optional.empty();
      for (SchemaDef candidate : allSchemas()) {
        String prefix = candidate.id().toLowerCase(Locale.ROOT) + ":";
        if (lower.startsWith(prefix)
            && (match.isEmpty() || candidate.id().length() > match.get().id().length())) {
          match = Optional.of(candidate);
        }
      }
      if (match.isEmpty()) {
        return Optional.empty();
      }
      owner = match.get();
      rest = path.substring(owner.id().length() + 1);
    }
    int dot = rest.indexOf('.');
    String topName = dot < 0 ? rest : rest.substring(0, dot);
    String subName = dot < 0 ? null : rest.substring(dot + 1);
    Optional<AttributeDef> attr = owner.attribute(topName);
    if (attr.isEmpty() && owner == schema) {
      attr = commonAttributes.stream().filter(a -> a.name().equalsIgnoreCase(topName)).findFirst();
    }
    if (attr.isEmpty()) {
      return Optional.empty();
    }
    if (subName == null) {
      return Optional.of(new ResolvedAttribute(owner, attr.get(), null));
    }
    SchemaDef schemaOfAttr = owner;
    AttributeDef top = attr.get();
    return top.sub(subName).map(s -> new ResolvedAttribute(schemaOfAttr, top, s));
  }

  private List<SchemaDef> allSchemas() {
    List<SchemaDef> all = new ArrayList<>();
    all.add(schema);
    all.addAll(extensions);
    return all;
  }

  /**
   * A resolved path: the schema that owns it, the top-level attribute and, for {@code a.b}, the
   * sub-attribute.
   */
  public record ResolvedAttribute(SchemaDef schema, AttributeDef attribute, AttributeDef sub) {
    /** The attribute the path ends at. */
    public AttributeDef leaf() {
      return sub != null ? sub : attribute;
    }

    public boolean isExtension(ResourceType type) {
      return !schema.id().equals(type.schema().id());
    }
  }
}
