package io.scimgate.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.filter.AttrPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7644 §3.5.2 PATH grammar, with the paths Okta and Entra send. */
class PatchPathTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "-",
      value = {
        "emails                                   | -   | emails        | -        | -                   | -",
        "name.givenName                           | -   | name          | givenName| -                   | -",
        "emails[type eq \"work\"].value           | -   | emails        | -        | type eq \"work\"    | value",
        "members[value eq \"u1\"]                 | -   | members       | -        | value eq \"u1\"     | -",
        "members[VALUE EQ \"u1\"]                 | -   | members       | -        | VALUE eq \"u1\"     | -",
        "emails[type eq \"]\"].value              | -   | emails        | -        | type eq \"]\"       | value",
        "` active `                               | -   | active        | -        | -                   | -",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | employeeNumber | - | - | -",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | manager | - | - | -",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | manager | value | - | -",
        "urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"].value | urn:ietf:params:scim:schemas:core:2.0:User | emails | - | type eq \"work\" | value",
      })
  void parse_splitsPath(
      String text, String urn, String attribute, String sub, String filter, String filterSub) {
    PatchPath path = PatchPath.parse(text);
    assertEquals(new AttrPath(urn, attribute, sub), path.attribute());
    assertEquals(filter, path.valueFilter() == null ? null : path.valueFilter().toString());
    assertEquals(filterSub, path.subAttribute());
    assertEquals(path, PatchPath.parse(path.toString()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        " ",
        "emails[",
        "emails[type eq \"work\"",
        "emails[type eq \"work\"]x",
        "emails[type eq \"work\"].",
        "emails[type eq \"work\"].a.b",
        "name.givenName[value pr]",
        "emails[type eq]",
        "emails[type[value pr]]",
        "1abc",
        "a b",
        "emails.",
        "name.given-Name.x",
      })
  void parse_garbage_isInvalidPath(String text) {
    InvalidPathException e = assertThrows(InvalidPathException.class, () -> PatchPath.parse(text));
    assertEquals("invalidPath", e.scimType());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ENTERPRISE})
  void parse_bareExtensionUrn_keepsItsText(String text) {
    PatchPath path = PatchPath.parse(text);
    assertEquals(text, path.toString());
    assertNull(path.valueFilter());
  }
}
