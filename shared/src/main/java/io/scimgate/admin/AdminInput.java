package io.scimgate.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.access.Grant;
import io.scimgate.access.RoleLadder;
import io.scimgate.auth.TenantIds;
import io.scimgate.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The shapes admin requests must have; every violation is a 400 that says what is wrong. */
final class AdminInput {
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  static final int MAX_GRANTS = 100;
  static final int MAX_ROLES = 32;

  private AdminInput() {}

  static boolean tenantId(String id) {
    return TenantIds.valid(id);
  }

  /** {@code {"grants":[{"community","role"}]}}: known roles, each community once. */
  static List<Grant> grants(ObjectNode body, RoleLadder roles) {
    JsonNode array = body.get("grants");
    if (array == null || !array.isArray()) {
      throw AdminException.badRequest(
          "\"grants\" must be an array of {\"community\", \"role\"} objects.");
    }
    if (array.size() > MAX_GRANTS) {
      throw AdminException.badRequest("At most " + MAX_GRANTS + " grants.");
    }
    List<Grant> out = new ArrayList<>();
    Set<String> communities = new HashSet<>();
    for (JsonNode item : array) {
      String community = item.path("community").isTextual() ? item.get("community").asText() : null;
      String role = item.path("role").isTextual() ? item.get("role").asText() : null;
      if (community == null || role == null) {
        throw AdminException.badRequest("Each grant needs a \"community\" and a \"role\" string.");
      }
      if (!NAME.matcher(community).matches()) {
        throw AdminException.badRequest(
            "Community \"" + community + "\" must be 1-128 letters, digits, '.', '_' or '-'.");
      }
      if (!roles.knows(role)) {
        throw AdminException.badRequest(
            "Unknown role \"" + role + "\"; this tenant's roles are " + roles.roles() + ".");
      }
      if (!communities.add(community)) {
        throw AdminException.badRequest("Community \"" + community + "\" is granted twice.");
      }
      out.add(new Grant(community, role));
    }
    return out;
  }

  /** The {@code "enabled"} of a switch's PUT body ({@code {"enabled": true|false}}); else 400. */
  static boolean enabled(ObjectNode body) {
    JsonNode enabled = body.get("enabled");
    if (enabled == null || !enabled.isBoolean()) {
      throw AdminException.badRequest("\"enabled\" must be true or false.");
    }
    return enabled.booleanValue();
  }

  static RoleLadder roles(ObjectNode body) {
    List<String> roles = AdminJson.strings(body, "roles");
    if (roles.isEmpty() || roles.size() > MAX_ROLES) {
      throw AdminException.badRequest(
          "\"roles\" must list 1 to " + MAX_ROLES + " roles, lowest first.");
    }
    for (String role : roles) {
      if (!NAME.matcher(role).matches()) {
        throw AdminException.badRequest(
            "Role \"" + role + "\" must be 1-128 letters, digits, '.', '_' or '-'.");
      }
    }
    if (new HashSet<>(roles).size() != roles.size()) {
      throw AdminException.badRequest("\"roles\" lists a role twice.");
    }
    return new RoleLadder(roles);
  }

  static ArrayNode json(List<Grant> grants) {
    ArrayNode out = Json.array();
    for (Grant g : grants) {
      out.addObject().put("community", g.community()).put("role", g.role());
    }
    return out;
  }
}
