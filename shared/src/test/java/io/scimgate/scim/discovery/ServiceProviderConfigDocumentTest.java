package io.scimgate.scim.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.scimgate.json.Json;
import org.junit.jupiter.api.Test;

/** RFC 7643 §5: what the service supports, located under the tenant's base URL. */
class ServiceProviderConfigDocumentTest {
  @Test
  void standardFeatures_renderTheFullDocument() throws JsonProcessingException {
    String expected =
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
         "patch":{"supported":true},
         "bulk":{"supported":false,"maxOperations":0,"maxPayloadSize":0},
         "filter":{"supported":true,"maxResults":200},
         "changePassword":{"supported":false},
         "sort":{"supported":true},
         "etag":{"supported":true},
         "authenticationSchemes":[{"type":"oauthbearertoken","name":"OAuth Bearer Token",
           "description":"Authentication scheme using the OAuth Bearer Token Standard",
           "specUri":"https://www.rfc-editor.org/info/rfc6750","primary":true}],
         "meta":{"resourceType":"ServiceProviderConfig",
           "location":"https://api.example.com/tenants/acme/scim/v2/ServiceProviderConfig"}}\
        """;
    assertEquals(
        Json.parse(expected),
        ServiceProviderConfigDocument.render(
            "https://api.example.com/tenants/acme/scim/v2/", Features.standard(200)));
  }

  @Test
  void switchedOffFeatures_areAdvertisedAsUnsupported() {
    var doc =
        ServiceProviderConfigDocument.render(
            "https://api/scim/v2", new Features(false, false, 0, false, false));
    for (String feature :
        new String[] {"patch", "filter", "sort", "etag", "bulk", "changePassword"}) {
      assertEquals(false, doc.path(feature).path("supported").booleanValue(), feature);
    }
    assertEquals("https://api/scim/v2/ServiceProviderConfig", doc.at("/meta/location").asText());
  }
}
