package io.scimgate.scim.endpoint;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.List;

/** RFC 7644 §3.4.2 ListResponse bodies. */
public final class ListResponses {
  public static final String LIST_URN = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  private ListResponses() {}

  public static ObjectNode of(
      long totalResults,
      int startIndex,
      List<? extends com.fasterxml.jackson.databind.JsonNode> resources) {
    ObjectNode list = Json.object();
    list.putArray("schemas").add(LIST_URN);
    list.put("totalResults", totalResults);
    list.put("itemsPerPage", resources.size());
    list.put("startIndex", startIndex);
    list.putArray("Resources").addAll(resources);
    return list;
  }
}
