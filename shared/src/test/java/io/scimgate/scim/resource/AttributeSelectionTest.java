package io.scimgate.scim.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing of the query parameters and {@code wants}, which Groups use to skip loading members. */
class AttributeSelectionTest {
  private static final ResourceType GROUPS = SchemaRegistry.standard().group();

  @Test
  void parameters_areCommaSeparated_blanksIgnored() {
    AttributeSelection selection = AttributeSelection.of(" userName , name.givenName,,", null);
    assertEquals(List.of("userName", "name.givenName"), selection.attributes());
    assertEquals(List.of(), selection.excludedAttributes());
    assertEquals(List.of(), AttributeSelection.of("", "  ").attributes());
  }

  @ParameterizedTest(name = "attributes={0} excludedAttributes={1} wants {2}: {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "-                     | -                | members         | true",
        "-                     | members          | members         | false",
        "-                     | MEMBERS          | members         | false",
        "-                     | urn:ietf:params:scim:schemas:core:2.0:Group:members | members | false",
        "-                     | members.type     | members         | true",
        "-                     | members.type     | members.type    | false",
        "-                     | members.type     | members.value   | true",
        "displayName           | -                | members         | false",
        "displayName,members   | -                | members         | true",
        "members.value         | -                | members         | true",
        "members.value         | -                | members.display | false",
        "-                     | members          | id              | true",
        "-                     | displayName      | displayName     | false",
        "-                     | -                | nosuch          | false",
      })
  void wants_tellsWhetherAnAttributeWouldBeReturned(
      String attributes, String excluded, String path, boolean wanted) {
    assertEquals(wanted, AttributeSelection.of(attributes, excluded).wants(GROUPS, path));
  }

  @Test
  void password_isNeverWanted() {
    ResourceType users = SchemaRegistry.standard().user();
    assertEquals(false, AttributeSelection.of("password", null).wants(users, "password"));
    assertEquals(true, AttributeSelection.of("userName", null).wants(users, "id"));
  }
}
