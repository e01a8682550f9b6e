package io.scimgate.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7643 §6: User (with the optional enterprise extension) and Group. */
class ResourceTypeDocumentsTest {
  private static final String BASE = "https://api.example.com/tenants/acme/scim/v2";
  private final ResourceTypeDocuments documents =
      new ResourceTypeDocuments(SchemaRegistry.standard());

  @Test
  void user_listsTheEnterpriseExtensionAsOptional() throws JsonProcessingException {
    String expected =
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
         "id":"User","name":"User","endpoint":"/Users","description":"User Account",
         "schema":"urn:ietf:params:scim:schemas:core:2.0:User",
         "schemaExtensions":[{"schema":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User","required":false}],
         "meta":{"resourceType":"ResourceType","location":"%s/ResourceTypes/User"}}\
        """
            .formatted(BASE);
    assertEquals(Json.parse(expected), documents.find(BASE, "User").orElseThrow());
  }

  @Test
  void group_hasNoExtensions() throws JsonProcessingException {
    String expected =
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
         "id":"Group","name":"Group","endpoint":"/Groups","description":"Group",
         "schema":"urn:ietf:params:scim:schemas:core:2.0:Group",
         "meta":{"resourceType":"ResourceType","location":"%s/ResourceTypes/Group"}}\
        """
            .formatted(BASE);
    assertEquals(Json.parse(expected), documents.find(BASE, "group").orElseThrow());
  }

  @Test
  void unknownId_isNotFound() {
    assertTrue(documents.find(BASE, "Device").isEmpty());
  }

  @Test
  void listResponse_holdsBothTypesInOnePage() {
    ObjectNode list = documents.listResponse(BASE);
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:ListResponse", list.at("/schemas/0").asText());
    assertEquals(2, list.get("totalResults").intValue());
    assertEquals(2, list.get("itemsPerPage").intValue());
    assertEquals(1, list.get("startIndex").intValue());
    assertEquals(
        List.of("User", "Group"),
        List.of(list.at("/Resources/0/id").asText(), list.at("/Resources/1/id").asText()));
  }
}
