package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.ResourceType.ResolvedAttribute;
import java.util.List;
import java.util.function.Function;

/**
 * The tenant's required User attributes (set in the admin API), checked on canonical documents. A
 * create or replace must carry each; a PATCH may not remove one a user has (a user created before
 * the requirement can still be deactivated by PATCH). The error names the attribute, so the IdP's
 * provisioning log tells its admin what to map.
 */
final class RequiredValues {
  private final ResourceType type;
  private final Function<String, List<String>> requiredOf;

  RequiredValues(ResourceType type, Function<String, List<String>> requiredOf) {
    this.type = type;
    this.requiredOf = requiredOf;
  }

  /** Create and replace: every required attribute has a value. */
  void requireAll(String tenantId, ObjectNode document) {
    for (String path : requiredOf.apply(tenantId)) {
      if (!present(document, path)) {
        throw new InvalidValueException(
            "Attribute '"
                + path
                + "' is required by this service for every user but is missing or"
                + " empty; map it in the identity provider's attribute mappings.");
      }
    }
  }

  /** PATCH: no required attribute the user has is removed. */
  void requireKept(String tenantId, ObjectNode before, ObjectNode after) {
    for (String path : requiredOf.apply(tenantId)) {
      if (present(before, path) && !present(after, path)) {
        throw new InvalidValueException(
            "Attribute '"
                + path
                + "' is required by this service for every user; this PATCH would"
                + " remove it.");
      }
    }
  }

  private boolean present(ObjectNode document, String path) {
    ResolvedAttribute resolved = type.resolve(path).orElse(null);
    if (resolved == null) {
      return true; // a requirement the schema no longer knows cannot be met: do not block writes
    }
    JsonNode container =
        resolved.isExtension(type) ? document.get(resolved.schema().id()) : document;
    JsonNode value = container == null ? null : container.get(resolved.attribute().name());
    if (resolved.sub() == null) {
      return present(value, resolved.attribute());
    }
    if (value != null && value.isArray()) {
      for (JsonNode element : value) {
        if (present(element.get(resolved.sub().name()), resolved.sub())) {
          return true;
        }
      }
      return false;
    }
    return value != null && present(value.get(resolved.sub().name()), resolved.sub());
  }

  /** A value counts when it is not null, blank, empty, or (multi-valued) without any value. */
  private static boolean present(JsonNode value, AttributeDef def) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isTextual()) {
      return !value.textValue().isBlank();
    }
    if (value.isArray()) {
      for (JsonNode element : value) {
        if (def.isComplex() && def.sub("value").isPresent()
            ? present(element.get("value"), def.sub("value").get())
            : present(element, def)) {
          return true;
        }
      }
      return false;
    }
    if (value.isObject()) {
      for (AttributeDef sub : def.subAttributes()) {
        if (present(value.get(sub.name()), sub)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
