package io.scimgate.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.scim.filter.EqLookup.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The filters Okta and Entra send (docs/idp-dialects.md) that an index answers. */
class IndexedLookupTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "-",
      value = {
        "userName eq \"bjensen\"                                     | USER_NAME    | bjensen | -",
        "USERNAME EQ \"BJensen\"                                     | USER_NAME    | BJensen | -",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"b\" | USER_NAME    | b       | -",
        "externalId eq \"okta-1\"                                    | EXTERNAL_ID  | okta-1  | -",
        "id eq \"u1\"                                                | ID           | u1      | -",
        "displayName eq \"Sales\"                                    | DISPLAY_NAME | Sales   | -",
        "emails[type eq \"work\"].value eq \"a@x.com\"               | WORK_EMAIL   | a@x.com | -",
        "emails[type eq \"work\" and value eq \"a@x.com\"]           | WORK_EMAIL   | a@x.com | -",
        "emails[value eq \"a@x.com\" and TYPE eq \"Work\"]           | WORK_EMAIL   | a@x.com | -",
        "members[value eq \"u1\"]                                    | MEMBER       | u1      | -",
        "members.value eq \"u1\"                                     | MEMBER       | u1      | -",
        "id eq \"g\" and members[value eq \"u\"]                     | ID           | g       | members[value eq \"u\"]",
        "members[value eq \"u\"] and id eq \"g\"                     | ID           | g       | members[value eq \"u\"]",
        "userName eq \"b\" and active eq true                        | USER_NAME    | b       | active eq true",
        "emails[type eq \"work\"].value eq \"a@x\" and externalId eq \"e\" | EXTERNAL_ID | e | emails[type eq \"work\" and value eq \"a@x\"]",
        "title pr and (userName eq \"b\" and id eq \"i\")            | ID           | i       | title pr and userName eq \"b\"",
      })
  void of_indexedEqualities(String filter, Kind kind, String value, String residual) {
    EqLookup lookup = IndexedLookup.of(FilterParser.parse(filter)).orElseThrow();
    assertEquals(kind, lookup.kind());
    assertEquals(value, lookup.value());
    if (residual == null) {
      assertNull(lookup.residual());
    } else {
      assertEquals(FilterParser.parse(residual), lookup.residual());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "userName ne \"b\"",
        "userName co \"b\"",
        "userName eq \"a\" or userName eq \"b\"",
        "not (userName eq \"a\")",
        "emails.value eq \"a@x.com\"",
        "emails[type eq \"home\"].value eq \"a@x.com\"",
        "emails[type eq \"work\" or value eq \"a@x.com\"]",
        "members[value eq \"u\" and type eq \"User\"]",
        "id eq 5",
        "name.givenName eq \"b\"",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"1\"",
        "title pr",
      })
  void of_everythingElse_isAScan(String filter) {
    assertEquals(Optional.empty(), IndexedLookup.of(FilterParser.parse(filter)));
  }

  @Test
  void of_restrictedToUserKinds_skipsDisplayName() {
    Filter f =
        FilterParser.parse("displayName eq \"B\" and emails[type eq \"work\"].value eq \"a@x\"");
    EqLookup lookup = IndexedLookup.of(f, Kind.USERS).orElseThrow();
    assertEquals(Kind.WORK_EMAIL, lookup.kind());
    assertEquals(FilterParser.parse("displayName eq \"B\""), lookup.residual());
  }

  @Test
  void all_entraMembershipCheck_givesIdAndMember() {
    List<EqLookup> all =
        IndexedLookup.all(FilterParser.parse("id eq \"g\" and members[value eq \"u\"]"));
    assertEquals(2, all.size());
    assertEquals(
        new EqLookup(Kind.ID, "g", FilterParser.parse("members[value eq \"u\"]")), all.get(0));
    assertEquals(new EqLookup(Kind.MEMBER, "u", FilterParser.parse("id eq \"g\"")), all.get(1));
  }

  @Test
  void all_disjunction_isEmpty() {
    assertTrue(IndexedLookup.all(FilterParser.parse("id eq \"a\" or id eq \"b\"")).isEmpty());
  }
}
