package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.resource.ResourceValidator;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Discovery as one tenant sees it: a tenant whose attribute policy drops optional User attributes
 * (or the enterprise extension) is not told it keeps them (RFC 7643 §7: the schema describes what
 * the service provider supports).
 */
final class TenantSchemaView {
  private static final ResourceType USER = SchemaRegistry.standard().user();
  private final ResourceValidator users = new ResourceValidator(USER);

  /**
   * The schema document as the tenant sees it, or empty when the tenant does not keep it at all.
   */
  Optional<ObjectNode> schema(ObjectNode document, Predicate<String> keep) {
    return schema(document, keep, List.of());
  }

  /**
   * As {@link #schema(ObjectNode, Predicate)}, with the tenant's required attributes (canonical
   * paths) marked {@code "required": true}; for {@code name.givenName} both {@code name} and its
   * sub-attribute (a required sub-attribute needs its parent).
   */
  Optional<ObjectNode> schema(ObjectNode document, Predicate<String> keep, List<String> required) {
    String id = document.path("id").asText();
    if (id.equals(SchemaRegistry.ENTERPRISE_USER) && !keep.test(id)) {
      return Optional.empty();
    }
    if (id.equals(SchemaRegistry.USER)) {
      ArrayNode kept = document.putArray("attributes");
      for (JsonNode attribute :
          SchemaRegistry.standard().schemaDocument(id).orElseThrow().path("attributes")) {
        if (users.keeps(attribute.path("name").asText(), keep)) {
          kept.add(attribute.deepCopy());
        }
      }
    }
    if (id.equals(SchemaRegistry.USER) || id.equals(SchemaRegistry.ENTERPRISE_USER)) {
      markRequired(document, id, required);
    }
    return Optional.of(document);
  }

  private static void markRequired(ObjectNode document, String schemaId, List<String> required) {
    for (String path : required) {
      ResolvedAttribute resolved = USER.resolve(path).orElse(null);
      if (resolved == null || !resolved.schema().id().equals(schemaId)) {
        continue;
      }
      for (JsonNode attribute : document.path("attributes")) {
        if (attribute.path("name").asText().equals(resolved.attribute().name())) {
          ((ObjectNode) attribute).put("required", true);
          if (resolved.sub() != null) {
            for (JsonNode sub : attribute.path("subAttributes")) {
              if (sub.path("name").asText().equals(resolved.sub().name())) {
                ((ObjectNode) sub).put("required", true);
              }
            }
          }
        }
      }
    }
  }

  /** The resource type without the extensions the tenant does not keep. */
  ObjectNode resourceType(ObjectNode document, Predicate<String> keep) {
    JsonNode extensions = document.get("schemaExtensions");
    if (extensions != null && extensions.isArray()) {
      ArrayNode kept = document.putArray("schemaExtensions");
      extensions.forEach(e -> {
        if (keep.test(e.path("schema").asText())) {
          kept.add(e);
        }
      });
    }
    return document;
  }
}
