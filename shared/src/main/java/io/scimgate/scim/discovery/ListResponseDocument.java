package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.List;

/**
 * A ListResponse (RFC 7644 §3.4.2) holding every resource in one page, as the discovery endpoints
 * answer: RFC 7644 §4 says filtering, sorting and paging of {@code /Schemas} and {@code
 * /ResourceTypes} are not required, and this service ignores them there.
 */
public final class ListResponseDocument {
  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  private ListResponseDocument() {}

  public static ObjectNode of(List<? extends JsonNode> resources) {
    ObjectNode doc = Json.object();
    doc.putArray("schemas").add(SCHEMA);
    doc.put("totalResults", resources.size());
    doc.put("itemsPerPage", resources.size());
    doc.put("startIndex", 1);
    ArrayNode page = doc.putArray("Resources");
    resources.forEach(r -> page.add(r.deepCopy()));
    return doc;
  }
}
