package io.scimgate.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidFilterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7644 §3.4.2.2 matching rules, run against the RFC 7643 §8.2 example user. */
class FilterEvaluatorTest {
  private final FilterEvaluator users = new FilterEvaluator(TestSchemas.user());
  private final FilterEvaluator groups = new FilterEvaluator(TestSchemas.group());

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // userName is caseExact false: Okta's spec test looks the user up upper-cased
        "userName eq \"bjensen@example.com\"                     | true",
        "userName eq \"BJENSEN@EXAMPLE.COM\"                     | true",
        "USERNAME Eq \"bjensen@example.com\"                     | true",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"BJ\" | true",
        "userName eq \"1d5b4f2e-0000-4000-8000-000000000000\"    | false",
        "userName ne \"bjensen@example.com\"                     | false",
        "userName co \"@EXAMPLE\"                                | true",
        "userName ew \".com\"                                    | true",
        "userName gt \"a\"                                       | true",
        "userName lt \"a\"                                       | false",
        // id and externalId are caseExact
        "id eq \"2819c223-7f76-453a-919d-413861904646\"          | true",
        "id eq \"2819C223-7F76-453A-919D-413861904646\"          | false",
        "externalId eq \"Bjensen-EXT\"                           | true",
        "externalId eq \"bjensen-ext\"                           | false",
        "name.familyName co \"jens\"                             | true",
        "name.familyName co \"O'Malley\"                         | false",
        "title pr                                                | true",
        "nickName pr                                             | false",
        "name pr                                                 | true",
        "addresses pr                                            | false",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager pr | true",
        "meta.lastModified gt \"2011-05-13T04:42:34Z\"           | false",
        "meta.lastModified ge \"2011-05-13T04:42:34Z\"           | true",
        "meta.lastModified lt \"2011-05-13T04:42:35Z\"           | true",
        "meta.lastModified le \"2011-05-13T06:42:34+02:00\"      | true",
        "meta.lastModified eq \"2011-05-13T04:42:34.000Z\"       | true",
        "meta.lastModified gt \"2011-05-13T04:42:34.001Z\"       | false",
        "title pr and userType eq \"Employee\"                   | true",
        "title pr or userType eq \"Intern\"                      | true",
        "nickName pr or userType eq \"Intern\"                   | false",
        "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\" | true",
        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\") | true",
        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\") | false",
        "userType eq \"Employee\" and (emails.type eq \"work\")  | true",
        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"] | true",
        "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"] | true",
        // multi-valued: any value matches; a complex attribute compares its value sub-attribute
        "emails eq \"babs@jensen.org\"                           | true",
        "emails.value eq \"BABS@JENSEN.ORG\"                     | true",
        "emails.type eq \"home\"                                 | true",
        "emails[type eq \"home\" and value co \"example.com\"]   | false",
        "emails[type eq \"work\"].value eq \"bjensen@example.com\" | true",
        "emails[type eq \"work\"].value eq \"babs@jensen.org\"   | false",
        "emails[primary eq true].type eq \"work\"                | true",
        "emails[not (type eq \"work\")]                          | true",
        "emails.primary eq true                                  | true",
        // booleans by value; absent attributes match ne only
        "active eq true                                          | true",
        "active eq false                                         | false",
        "active ne false                                         | true",
        "active eq \"True\"                                      | true",
        "nickName ne \"x\"                                       | true",
        "nickName eq \"x\"                                       | false",
        "nickName eq null                                        | true",
        "title eq null                                           | false",
        "title ne null                                           | true",
        "not (nickName eq \"x\")                                 | true",
        // enterprise extension, bare and URN-qualified
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"701984\" | true",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:user:EMPLOYEENUMBER eq \"701984\" | true",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\" | true",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department co \"TOUR\" | true",
        "x509Certificates.value sw \"MIID\"                      | true",
        "x509Certificates.value sw \"miid\"                      | true",
      })
  void matches_bjensen(String filter, boolean expected) {
    assertEquals(expected, users.matches(FilterParser.parse(filter), TestResources.bjensen()));
  }

  @Test
  void matches_disabledUser_isStillFound() {
    ObjectNode user = TestResources.bjensen().put("active", false);
    assertTrue(users.matches(FilterParser.parse("userName eq \"bjensen@example.com\""), user));
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "displayName eq \"tour guides\"                                     | true",
        "members[value eq \"902c246b-6245-4190-8e05-00816be7344a\"]         | true",
        "members.value eq \"902c246b-6245-4190-8e05-00816be7344a\"          | true",
        "id eq \"e9e30dba-f08f-4109-8486-d5c6a331660a\" and members[value eq \"2819c223-7f76-453a-919d-413861904646\"] | true",
        "id eq \"e9e30dba-f08f-4109-8486-d5c6a331660a\" and members[value eq \"someone-else\"] | false",
      })
  void matches_group(String filter, boolean expected) {
    assertEquals(expected, groups.matches(FilterParser.parse(filter), TestResources.tourGuides()));
  }

  @Test
  void matches_numbers_compareByValue() {
    FilterEvaluator evaluator = new FilterEvaluator(NumericSchema.type());
    ObjectNode resource = TestResources.object("{'size': 10, 'ratio': 2.50}");
    assertTrue(evaluator.matches(FilterParser.parse("size gt 9 and size le 10"), resource));
    assertTrue(evaluator.matches(FilterParser.parse("ratio eq 2.5"), resource));
    assertTrue(evaluator.matches(FilterParser.parse("ratio lt 1e1"), resource));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "nosuch eq \"x\"                     | unknown attribute 'nosuch'",
        "name.nosuch pr                      | unknown attribute",
        "manager pr                          | unknown attribute 'manager'",
        "urn:example:unknown:1.0:User:x pr   | unknown attribute",
        "active gt true                      | 'gt' is not defined for boolean",
        "active co \"t\"                     | 'co' is not defined for boolean",
        "active eq 1                         | boolean",
        "name eq \"x\"                       | complex",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager gt \"a\" | complex",
        "meta.lastModified gt \"yesterday\"  | dateTime",
        "userName gt null                    | 'gt null'",
        "emails[nosuch eq \"x\"]             | unknown attribute 'nosuch'",
        "emails[emails.value eq \"x\"]       | name a sub-attribute",
        "userName[value eq \"x\"]            | not a complex attribute",
      })
  void validate_rejectsWhatTheTypeCannotAnswer(String filter, String detail) {
    Filter parsed = FilterParser.parse(filter);
    InvalidFilterException e =
        assertThrows(InvalidFilterException.class, () -> users.validate(parsed));
    assertTrue(e.detail().contains(detail), () -> "detail was: " + e.detail());
    assertThrows(
        InvalidFilterException.class, () -> users.matches(parsed, TestResources.bjensen()));
  }
}
