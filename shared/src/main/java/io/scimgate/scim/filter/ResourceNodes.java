package io.scimgate.scim.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import java.util.Iterator;

/**
 * Finds attribute values in a resource tree: core and common attributes at the top level, extension
 * attributes under their schema URN (RFC 7643 §3.3). Names are matched exactly first and then
 * case-insensitively, so a resource stored with a client's spelling is still found.
 */
public final class ResourceNodes {
  private ResourceNodes() {}

  /** The object holding the resolved attribute, or {@code null} when an extension is absent. */
  public static ObjectNode container(ObjectNode resource, ResourceType type, ResolvedAttribute r) {
    if (!r.isExtension(type)) {
      return resource;
    }
    JsonNode ext = field(resource, r.schema().id());
    return ext instanceof ObjectNode object ? object : null;
  }

  /** The top-level attribute's node, or {@code null} when absent. */
  public static JsonNode attribute(ObjectNode resource, ResourceType type, ResolvedAttribute r) {
    ObjectNode container = container(resource, type, r);
    return container == null ? null : field(container, r.attribute().name());
  }

  /** Field of an object by name, exact match first, then case-insensitive; {@code null} if none. */
  public static JsonNode field(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return object.get(candidate);
      }
    }
    return null;
  }

  /** The actual key spelling of a field matched case-insensitively, or {@code null}. */
  public static String fieldName(JsonNode object, String name) {
    if (object == null || !object.isObject()) {
      return null;
    }
    if (object.has(name)) {
      return name;
    }
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String candidate = names.next();
      if (candidate.equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    return null;
  }

  /** True for missing, JSON null, empty string, empty array and empty object (RFC 7643 §2.5). */
  public static boolean isEmpty(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return true;
    }
    if (node.isTextual()) {
      return node.textValue().isEmpty();
    }
    return (node.isArray() || node.isObject()) && node.isEmpty();
  }
}
