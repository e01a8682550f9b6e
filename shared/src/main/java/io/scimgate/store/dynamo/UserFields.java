package io.scimgate.store.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the store indexes of a user, read from the SCIM document (RFC 7643 §4.1): userName
 * (required), externalId (absent when missing or empty), active (absent counts as active), the work
 * email ({@code emails[type eq "work"].value}, else the primary email), and the name shown on
 * membership items ({@code displayName}, else {@code userName}).
 */
record UserFields(
    String userName, String externalId, boolean active, String workEmail, String display) {

  static UserFields of(ObjectNode document) {
    String userName = Items.text(document.get("userName"));
    if (userName == null) {
      throw new IllegalArgumentException("a stored user needs a userName");
    }
    JsonNode active = document.get("active");
    String displayName = Items.text(document.get("displayName"));
    return new UserFields(
        userName,
        Items.text(document.get("externalId")),
        active == null || !active.isBoolean() || active.booleanValue(),
        workEmail(document.get("emails")),
        displayName != null ? displayName : userName);
  }

  private static String workEmail(JsonNode emails) {
    if (emails == null || !emails.isArray()) {
      return null;
    }
    String primary = null;
    for (JsonNode email : emails) {
      String value = Items.text(email.get("value"));
      if (value == null) {
        continue;
      }
      if ("work".equalsIgnoreCase(Items.text(email.get("type")))) {
        return value;
      }
      if (primary == null && email.path("primary").asBoolean(false)) {
        primary = value;
      }
    }
    return primary;
  }
}
