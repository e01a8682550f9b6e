package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.resource.ResourceValidator;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Discovery as one tenant sees it: a tenant whose attribute policy drops optional User attributes
 * (or the enterprise extension) is not told it keeps them (RFC 7643 §7: the schema describes what
 * the service provider supports).
 */
final class TenantSchemaView {
  private final ResourceValidator users = new ResourceValidator(SchemaRegistry.standard().user());

  /** The schema document as the tenant sees it, or empty when the tenant does not keep it at all. */
  Optional<ObjectNode> schema(ObjectNode document, Predicate<String> keep) {
    String id = document.path("id").asText();
    if (id.equals(SchemaRegistry.ENTERPRISE_USER) && !keep.test(id)) {
      return Optional.empty();
    }
    if (id.equals(SchemaRegistry.USER)) {
      ArrayNode kept = document.putArray("attributes");
      for (JsonNode attribute : SchemaRegistry.standard().schemaDocument(id).orElseThrow().path("attributes")) {
        if (users.keeps(attribute.path("name").asText(), keep)) {
          kept.add(attribute);
        }
      }
    }
    return Optional.of(document);
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
