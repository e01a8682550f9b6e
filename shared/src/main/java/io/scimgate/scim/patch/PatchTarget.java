package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.filter.ResourceNodes;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import java.util.function.Supplier;

/**
 * The top-level attribute a PATCH operation works on, inside the resource copy being patched.
 * Writing an extension attribute creates the extension object and lists its URN in {@code schemas};
 * emptying it removes both (RFC 7643 §3.3).
 */
record PatchTarget(
    ObjectNode resource, ResourceType type, ResolvedAttribute resolved, String path) {

  AttributeDef attribute() {
    return resolved.attribute();
  }

  /** The attribute's current node, or {@code null}. */
  JsonNode current() {
    return ResourceNodes.attribute(resource, type, resolved);
  }

  /** The current array, created empty when absent. */
  ArrayNode array() {
    return existing(ArrayNode.class, Json::array);
  }

  /** The current object, created empty when absent. */
  ObjectNode object() {
    return existing(ObjectNode.class, Json::object);
  }

  /** The current node if it is a {@code kind}, otherwise a {@code created} one set in its place. */
  private <T extends JsonNode> T existing(Class<T> kind, Supplier<T> created) {
    JsonNode current = current();
    if (kind.isInstance(current)) {
      return kind.cast(current);
    }
    T node = created.get();
    set(node);
    return node;
  }

  void set(JsonNode value) {
    PatchValues.put(container(), attribute().name(), value);
  }

  void remove() {
    ObjectNode container = ResourceNodes.container(resource, type, resolved);
    if (container == null) {
      return;
    }
    PatchValues.remove(container, attribute().name());
    if (container != resource && container.isEmpty()) {
      removeExtension(resource, resolved.schema().id());
    }
  }

  /** Drops an extension object and its URN from {@code schemas}. */
  static void removeExtension(ObjectNode resource, String urn) {
    PatchValues.remove(resource, urn);
    if (resource.get("schemas") instanceof ArrayNode schemas) {
      for (int i = schemas.size() - 1; i >= 0; i--) {
        if (schemas.get(i).asText().equalsIgnoreCase(urn)) {
          schemas.remove(i);
        }
      }
    }
  }

  private ObjectNode container() {
    if (!resolved.isExtension(type)) {
      return resource;
    }
    String urn = resolved.schema().id();
    if (ResourceNodes.field(resource, urn) instanceof ObjectNode extension) {
      return extension;
    }
    ObjectNode extension = Json.object();
    PatchValues.put(resource, urn, extension);
    if (resource.get("schemas") instanceof ArrayNode schemas) {
      boolean listed = false;
      for (JsonNode listedUrn : schemas) {
        listed |= listedUrn.asText().equalsIgnoreCase(urn);
      }
      if (!listed) {
        schemas.add(urn);
      }
    }
    return extension;
  }
}
