package io.scimgate.scim.discovery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.Objects;

/**
 * Tenant-absolute locations under a tenant's SCIM base URL, and the {@code meta} that carries them.
 */
final class Locations {
  private Locations() {}

  /** {@code baseUrl} + {@code path}, without doubling the slash. */
  static String under(String baseUrl, String path) {
    String base = Objects.requireNonNull(baseUrl, "baseUrl");
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + path;
  }

  /** A {@code meta} object (RFC 7643 §3.1) with the resource type and location. */
  static ObjectNode meta(String resourceType, String location) {
    return Json.object().put("resourceType", resourceType).put("location", location);
  }
}
