package io.scimgate.scim.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.io.UncheckedIOException;

/** Resource trees for tests, after the RFC 7643 §8.2 and §8.4 examples. */
public final class TestResources {
  private TestResources() {}

  /** JSON text with single quotes standing for double quotes, to keep tables readable. */
  public static JsonNode json(String text) {
    try {
      return Json.parse(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode object(String text) {
    return (ObjectNode) json(text);
  }

  public static ObjectNode bjensen() {
    return object(
        """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User',
                     'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
         'id': '2819c223-7f76-453a-919d-413861904646',
         'externalId': 'Bjensen-EXT',
         'userName': 'bjensen@example.com',
         'name': {'familyName': 'Jensen', 'givenName': 'Barbara'},
         'displayName': 'Babs Jensen',
         'title': 'Tour Guide',
         'userType': 'Employee',
         'active': true,
         'emails': [{'value': 'bjensen@example.com', 'type': 'work', 'primary': true},
                    {'value': 'babs@jensen.org', 'type': 'home'}],
         'ims': [{'value': 'babs@foo.com', 'type': 'xmpp'}],
         'x509Certificates': [{'value': 'MIIDQzCCAqygAwIBAgICEAAwDQYJ'}],
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
           'employeeNumber': '701984', 'department': 'Tour Operations',
           'manager': {'value': '26118915-6090-4610-87e4-49d8ca9f808d', 'displayName': 'John Smith'}},
         'meta': {'resourceType': 'User', 'created': '2010-01-23T04:56:22Z',
                  'lastModified': '2011-05-13T04:42:34Z', 'version': 'W/\\'3694e05e9dff591\\''}}
        """
            .replace("\\'", "\\\""));
  }

  public static ObjectNode tourGuides() {
    return object(
        """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'],
         'id': 'e9e30dba-f08f-4109-8486-d5c6a331660a',
         'displayName': 'Tour Guides',
         'members': [{'value': '2819c223-7f76-453a-919d-413861904646', 'display': 'Babs Jensen'},
                     {'value': '902c246b-6245-4190-8e05-00816be7344a', 'display': 'Mandy Pepperidge'}],
         'meta': {'resourceType': 'Group', 'lastModified': '2011-05-13T04:42:34Z'}}
        """);
  }
}
