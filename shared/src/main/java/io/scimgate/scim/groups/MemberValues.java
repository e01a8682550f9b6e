package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.ResourceNodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads member ids from the values clients send for {@code members}: an array of objects (or one
 * object) whose {@code value} is a user id. Other keys ({@code display}, {@code $ref}, Entra's
 * {@code "$ref": null}) are ignored; {@code type}, when given, must be {@code User} because nested
 * groups are not supported (RFC 7643 §4.2 lets a provider limit member types).
 */
final class MemberValues {
  private MemberValues() {}

  /** Member ids in the order given, without duplicates; null or an empty array gives none. */
  static List<String> ids(JsonNode members) {
    if (members == null || members.isNull()) {
      return List.of();
    }
    List<JsonNode> items = new ArrayList<>();
    if (members.isArray()) {
      members.forEach(items::add);
    } else {
      items.add(members);
    }
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (JsonNode item : items) {
      ids.add(id(item));
    }
    return List.copyOf(ids);
  }

  private static String id(JsonNode item) {
    JsonNode value = ResourceNodes.field(item, "value");
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw new InvalidValueException("Each member needs a 'value' with the id of a User.");
    }
    JsonNode type = ResourceNodes.field(item, "type");
    if (type != null && !type.isNull() && !type.asText().equalsIgnoreCase("User")) {
      throw new InvalidValueException(
          "Only Users can be members; nested groups are not supported (member type '"
              + type.asText()
              + "').");
    }
    return value.textValue();
  }
}
