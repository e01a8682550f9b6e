package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaDef;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The {@code /ResourceTypes} documents (RFC 7643 §6), built from the same {@link SchemaRegistry}
 * that validation and projection use. Extensions are never required: a User without enterprise
 * attributes is valid.
 */
public record ResourceTypeDocuments(SchemaRegistry registry) {
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";

  /** Every resource type, User then Group, located under {@code baseUrl}. */
  public List<ObjectNode> all(String baseUrl) {
    return registry.resourceTypes().stream().map(t -> render(baseUrl, t)).toList();
  }

  /** The resource type whose id ({@code User}, {@code Group}) matches, ignoring case. */
  public Optional<ObjectNode> find(String baseUrl, String id) {
    return registry.resourceTypes().stream()
        .filter(t -> t.name().equalsIgnoreCase(id))
        .findFirst()
        .map(t -> render(baseUrl, t));
  }

  /** {@code GET /ResourceTypes}: every resource type in one ListResponse. */
  public ObjectNode listResponse(String baseUrl) {
    return ListResponseDocument.of(all(baseUrl));
  }

  private static ObjectNode render(String baseUrl, ResourceType type) {
    ObjectNode doc = Json.object();
    doc.putArray("schemas").add(SCHEMA);
    doc.put("id", type.name());
    doc.put("name", type.name());
    doc.put("endpoint", type.endpoint());
    doc.put("description", type.description());
    doc.put("schema", type.schema().id());
    if (!type.extensions().isEmpty()) {
      ArrayNode extensions = doc.putArray("schemaExtensions");
      for (SchemaDef extension : type.extensions()) {
        extensions.addObject().put("schema", extension.id()).put("required", false);
      }
    }
    doc.set(
        "meta",
        Locations.meta("ResourceType", Locations.under(baseUrl, "/ResourceTypes/" + type.name())));
    return doc;
  }
}
