package io.scimgate.scim.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.filter.TestResources;
import io.scimgate.scim.filter.TestSchemas;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7644 §3.4.2.3 sorting; each row lists the expected order of ids. */
class ResourceComparatorTest {
  private static final List<ObjectNode> USERS =
      List.of(
          TestResources.object(
              """
              {'id': 'u3', 'userName': 'carol', 'name': {'givenName': 'Carol'}, 'active': true,
               'emails': [{'value': 'z@x.com'}, {'value': 'a@x.com', 'primary': true}],
               'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'employeeNumber': '3'},
               'meta': {'lastModified': '2024-01-01T10:00:00+02:00'}}\
              """),
          TestResources.object(
              """
              {'id': 'u1', 'userName': 'Alice', 'externalId': 'b', 'active': false,
               'emails': [{'value': 'm@x.com'}, {'value': 'b@x.com'}],
               'meta': {'lastModified': '2024-01-01T09:00:00Z'}}\
              """),
          TestResources.object(
              """
              {'id': 'u2', 'userName': 'bob', 'externalId': 'A', 'name': {'givenName': 'bob'},
               'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'employeeNumber': '1'},
               'meta': {'lastModified': '2024-01-01T08:30:00Z'}}\
              """),
          TestResources.object("{'id': 'u0', 'userName': 'bob'}"));

  @ParameterizedTest(name = "sortBy={0} sortOrder={1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "-,                    -,          u0 u1 u2 u3",
        "userName,             -,          u1 u0 u2 u3",
        "userName,             ascending,  u1 u0 u2 u3",
        "USERNAME,             Descending, u3 u0 u2 u1",
        "externalId,           ascending,  u2 u1 u0 u3",
        "externalId,           descending, u0 u3 u1 u2",
        "name.givenName,       ascending,  u2 u3 u0 u1",
        "emails,               ascending,  u3 u1 u0 u2",
        "emails.value,         ascending,  u3 u1 u0 u2",
        "meta.lastModified,    ascending,  u3 u2 u1 u0",
        "active,               ascending,  u1 u3 u0 u2",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber, ascending, u2 u3 u0 u1",
      })
  void sort_ordersByRfcRules(String sortBy, String sortOrder, String expectedIds) {
    List<ObjectNode> sorted = new ArrayList<>(USERS);
    sorted.sort(new ResourceComparator(TestSchemas.user(), sortBy, sortOrder));
    assertEquals(
        expectedIds, String.join(" ", sorted.stream().map(u -> u.path("id").asText()).toList()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"nosuch", "name", "urn:example:x:1.0:Foo:bar", "emails[type eq \"work\"]"})
  void sort_unknownOrComplexAttribute_isInvalidValue(String sortBy) {
    assertThrows(
        InvalidValueException.class,
        () -> new ResourceComparator(TestSchemas.user(), sortBy, null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"up", "asc"})
  void sort_unknownSortOrder_isInvalidValue(String sortOrder) {
    assertThrows(
        InvalidValueException.class,
        () -> new ResourceComparator(TestSchemas.user(), "userName", sortOrder));
  }
}
