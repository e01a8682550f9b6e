package io.scimgate.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.StoredResource;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Resources as events and the read APIs carry them. A user is the SCIM view {@code GET /Users/{id}}
 * renders (RFC 7643 §4.1) without {@code groups} and without {@code meta.location}: an event is not
 * tied to the host a request came through; the location is {@code <scimBaseUrl>/Users/<id>}. {@code
 * meta.version} is the ETag value, {@code W/"<version>"}.
 */
public final class ResourceViews {
  private ResourceViews() {}

  public static ObjectNode user(StoredResource user) {
    ObjectNode out = Json.object();
    JsonNode schemas = user.document().get("schemas");
    if (schemas != null) {
      out.set("schemas", schemas.deepCopy());
    }
    out.put("id", user.id());
    for (Map.Entry<String, JsonNode> field : user.document().properties()) {
      String name = field.getKey();
      if (!name.equals("schemas")
          && !name.equals("id")
          && !name.equals("meta")
          && !name.equals("groups")
          && !name.equals("password")) {
        out.set(name, field.getValue().deepCopy());
      }
    }
    ObjectNode meta = out.putObject("meta");
    meta.put("resourceType", "User");
    meta.put("created", user.created().truncatedTo(ChronoUnit.MILLIS).toString());
    meta.put("lastModified", user.lastModified().truncatedTo(ChronoUnit.MILLIS).toString());
    meta.put("version", "W/\"" + user.version() + "\"");
    return out;
  }

  /** A group as events carry it: {@code id}, {@code displayName}, {@code externalId}. */
  public static ObjectNode group(StoredResource group) {
    ObjectNode out = Json.object();
    out.put("id", group.id());
    out.put("displayName", group.document().path("displayName").asText(null));
    JsonNode externalId = group.document().get("externalId");
    out.put(
        "externalId", externalId != null && externalId.isTextual() ? externalId.asText() : null);
    return out;
  }
}
