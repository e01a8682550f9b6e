package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The {@code /Schemas} documents (RFC 7643 §7): the very JSON the service validates and projects
 * with, each copied with a tenant-absolute {@code meta.location}.
 */
public record SchemaDocuments(SchemaRegistry registry) {
  /** Every schema (User, EnterpriseUser, Group), located under {@code baseUrl}. */
  public List<ObjectNode> all(String baseUrl) {
    return registry.schemaDocuments().stream().map(d -> located(baseUrl, d)).toList();
  }

  /** The schema whose id (a URN) matches, ignoring case. */
  public Optional<ObjectNode> find(String baseUrl, String id) {
    return registry.schemaDocument(id).map(d -> located(baseUrl, d));
  }

  /** {@code GET /Schemas}: every schema in one ListResponse. */
  public ObjectNode listResponse(String baseUrl) {
    return ListResponseDocument.of(all(baseUrl));
  }

  private static ObjectNode located(String baseUrl, JsonNode document) {
    ObjectNode copy = (ObjectNode) document.deepCopy();
    String location = Locations.under(baseUrl, "/Schemas/" + copy.path("id").asText());
    copy.set("meta", Locations.meta("Schema", location));
    return copy;
  }
}
