package io.scimgate.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7643 §7: the served schemas are the registry's documents with tenant-absolute locations. */
class SchemaDocumentsTest {
  private static final String BASE = "https://api.example.com/tenants/acme/scim/v2";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private final SchemaDocuments documents = new SchemaDocuments(SchemaRegistry.standard());

  @Test
  void everySchema_isLocatedUnderTheTenantBase() {
    List<ObjectNode> all = documents.all(BASE + "/");
    assertEquals(
        List.of(
            "urn:ietf:params:scim:schemas:core:2.0:User",
            ENTERPRISE,
            "urn:ietf:params:scim:schemas:core:2.0:Group"),
        all.stream().map(d -> d.get("id").asText()).toList());
    for (ObjectNode doc : all) {
      assertEquals("Schema", doc.at("/meta/resourceType").asText());
      assertEquals(BASE + "/Schemas/" + doc.get("id").asText(), doc.at("/meta/location").asText());
    }
  }

  @Test
  void servedDocument_isTheRegistryDocument_exceptItsLocation() {
    JsonNode source = SchemaRegistry.standard().schemaDocument(ENTERPRISE).orElseThrow();
    ObjectNode served = documents.find(BASE, ENTERPRISE.toUpperCase()).orElseThrow();
    assertEquals(source.get("attributes"), served.get("attributes"));
    ObjectNode withoutMeta = served.deepCopy();
    withoutMeta.remove("meta");
    ObjectNode sourceWithoutMeta = (ObjectNode) source.deepCopy();
    sourceWithoutMeta.remove("meta");
    assertEquals(sourceWithoutMeta, withoutMeta);
    assertEquals(
        "/Schemas/" + ENTERPRISE, source.at("/meta/location").asText(), "registry copy untouched");
  }

  @Test
  void unknownSchema_isNotFound() {
    assertTrue(documents.find(BASE, "urn:example:nothing").isEmpty());
  }

  @Test
  void listResponse_holdsEverySchemaInOnePage() {
    ObjectNode list = documents.listResponse(BASE);
    assertEquals(3, list.get("totalResults").intValue());
    assertEquals(3, list.get("Resources").size());
    assertEquals(1, list.get("startIndex").intValue());
  }
}
