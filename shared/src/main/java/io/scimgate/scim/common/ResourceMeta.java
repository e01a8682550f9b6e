package io.scimgate.scim.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.store.StoredResource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Turns a {@link StoredResource} into the full SCIM resource a client sees: {@code id} from the
 * store, the stored document, and {@code meta} (RFC 7643 §3.1): resourceType, created,
 * lastModified, location (the same URL as the {@code Location} header) and version (the same value
 * as the {@code ETag} header).
 */
public final class ResourceMeta {
  private ResourceMeta() {}

  /**
   * The full resource, before projection. Values are shared with {@code stored.document()}, not
   * copied: callers read the result or project it (projection copies).
   */
  public static ObjectNode render(ResourceType type, StoredResource stored, ScimContext context) {
    ObjectNode out = Json.object();
    JsonNode schemas = stored.document().get("schemas");
    if (schemas != null) {
      out.set("schemas", schemas);
    }
    out.put("id", stored.id());
    for (Map.Entry<String, JsonNode> field : stored.document().properties()) {
      String name = field.getKey();
      if (!name.equals("schemas") && !name.equals("id") && !name.equals("meta")) {
        out.set(name, field.getValue());
      }
    }
    ObjectNode meta = out.putObject("meta");
    meta.put("resourceType", type.name());
    meta.put("created", timestamp(stored.created()));
    meta.put("lastModified", timestamp(stored.lastModified()));
    meta.put("location", location(type, stored.id(), context));
    meta.put("version", ETags.of(stored.version()));
    return out;
  }

  /** {@code meta.location}: the absolute URL of the resource. */
  public static String location(ResourceType type, String id, ScimContext context) {
    return context.location(type.endpoint(), id);
  }

  private static String timestamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
