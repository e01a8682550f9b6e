package io.scimgate.store.dynamo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;

/** SCIM user documents as Okta and Entra send them, for store tests. */
final class Users {
  private Users() {}

  static ObjectNode user(String userName) {
    ObjectNode user = Json.object();
    user.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:User");
    user.put("userName", userName);
    user.put("active", true);
    user.putObject("name").put("givenName", "Barbara").put("familyName", "Jensen");
    user.putArray("emails")
        .addObject()
        .put("value", userName + "@example.com")
        .put("type", "work")
        .put("primary", true);
    return user;
  }

  static ObjectNode user(String userName, String externalId) {
    return user(userName).put("externalId", externalId);
  }

  static ObjectNode group(String displayName) {
    ObjectNode group = Json.object();
    group.putArray("schemas").add("urn:ietf:params:scim:schemas:core:2.0:Group");
    group.put("displayName", displayName);
    return group;
  }
}
