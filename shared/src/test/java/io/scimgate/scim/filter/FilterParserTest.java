package io.scimgate.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidFilterException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7644 §3.4.2.2 grammar: the RFC's examples verbatim, precedence, literals and refusals. */
class FilterParserTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "userName eq \"bjensen\"",
        "name.familyName co \"O'Malley\"",
        "userName sw \"J\"",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"",
        "title pr",
        "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
        "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
        "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
        "meta.lastModified le \"2011-05-13T04:42:34Z\"",
        "title pr and userType eq \"Employee\"",
        "title pr or userType eq \"Intern\"",
        "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"",
        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
        "userType eq \"Employee\" and (emails.type eq \"work\")",
        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
        "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]",
      })
  void parse_rfc7644Examples_roundTripThroughCanonicalText(String filter) {
    Filter parsed = FilterParser.parse(filter);
    assertEquals(parsed, FilterParser.parse(parsed.toString()));
  }

  @ParameterizedTest(name = "{0}  =>  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "userName eq \"bjensen\"                       | userName eq \"bjensen\"",
        "userName EQ \"bjensen\"                       | userName eq \"bjensen\"",
        "title PR                                      | title pr",
        "a pr or b pr and c pr                         | a pr or b pr and c pr",
        "a pr and b pr or c pr                         | a pr and b pr or c pr",
        "(a pr or b pr) and c pr                       | (a pr or b pr) and c pr",
        "a pr AND (b pr OR c pr)                       | a pr and (b pr or c pr)",
        "NOT (a pr)                                    | not (a pr)",
        "not(a pr)                                     | not (a pr)",
        "((a pr))                                      | a pr",
        "a   eq   \"x\"    and   b pr                  | a eq \"x\" and b pr",
        "notes pr                                      | notes pr",
        "organization pr                               | organization pr",
        "emails[type eq \"work\"].value eq \"x@y.com\" | emails[type eq \"work\" and value eq \"x@y.com\"]",
        "emails[not (type eq \"work\")]                | emails[not (type eq \"work\")]",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"7\" | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq \"7\"",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"m\" | urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"m\"",
        "active eq TRUE                                | active eq true",
        "manager eq null                               | manager eq null",
        "x509Certificates.value eq \"a\\\"b\\\\c\\u0041\" | x509Certificates.value eq \"a\\\"b\\\\cA\"",
      })
  void parse_rendersCanonicalText(String filter, String canonical) {
    assertEquals(canonical, FilterParser.parse(filter).toString());
  }

  @Test
  void parse_andBindsTighterThanOr() {
    Filter f = FilterParser.parse("a pr or b pr and c pr");
    Filter.Or or = (Filter.Or) f;
    assertEquals(new Filter.Present(AttrPath.of("a")), or.left());
    assertTrue(or.right() instanceof Filter.And);
  }

  @Test
  void parse_urnQualifiedPath_splitsAtLastColon() {
    Filter.Comparison c =
        (Filter.Comparison)
            FilterParser.parse(
                "urn:ietf:params:scim:schemas:core:2.0:User:name.givenName eq \"B\"");
    assertEquals(
        new AttrPath("urn:ietf:params:scim:schemas:core:2.0:User", "name", "givenName"), c.path());
  }

  @Test
  void parse_numbersAndBooleans_areTypedLiterals() {
    Filter.Comparison i = (Filter.Comparison) FilterParser.parse("x eq 42");
    Filter.Comparison d = (Filter.Comparison) FilterParser.parse("x ge -1.5e2");
    Filter.Comparison b = (Filter.Comparison) FilterParser.parse("x eq false");
    assertEquals(42, i.value().intValue());
    assertEquals(0, new BigDecimal("-150").compareTo(d.value().decimalValue()));
    assertEquals(Json.NODES.booleanNode(false), b.value());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "''                                  | empty",
        "'   '                               | empty",
        "userName                            | end of filter",
        "userName eq                         | end of filter",
        "userName xx \"a\"                   | unknown operator 'xx' at position 10",
        "userName eq bjensen                 | invalid value 'bjensen' at position 13",
        "userName eq \"bjensen               | unterminated string at position 13",
        "userName eq \"a\\qb\"               | invalid escape",
        "userName eq \"a\" and               | unexpected 'a' at position 17",
        "userName eq \"a\" xor b pr          | unexpected 'x'",
        "(userName pr                        | expected ')'",
        "userName pr)                        | unexpected ')'",
        "emails[type eq \"work\"             | expected ']'",
        "emails[type[value pr]]              | cannot contain another value path",
        "name.givenName[value pr]            | top-level attribute",
        "emails[type eq \"work\"].value      | end of filter",
        "1userName pr                        | invalid attribute name",
        "\"x\" eq userName                   | expected an attribute name at position 1",
        "not userName pr                     | unknown operator 'userName'",
      })
  void parse_garbage_isInvalidFilterWithDetail(String filter, String detail) {
    InvalidFilterException e =
        assertThrows(InvalidFilterException.class, () -> FilterParser.parse(filter));
    assertTrue(e.detail().contains(detail), () -> "detail was: " + e.detail());
    assertEquals("invalidFilter", e.scimType());
  }

  @Test
  void parse_deepNesting_isRefused() {
    String deep =
        "(".repeat(FilterParser.MAX_DEPTH + 1) + "a pr" + ")".repeat(FilterParser.MAX_DEPTH + 1);
    InvalidFilterException e =
        assertThrows(InvalidFilterException.class, () -> FilterParser.parse(deep));
    assertTrue(e.detail().contains("nested"));
    String ok = "(".repeat(FilterParser.MAX_DEPTH) + "a pr" + ")".repeat(FilterParser.MAX_DEPTH);
    assertEquals("a pr", FilterParser.parse(ok).toString());
  }

  @Test
  void parse_deepNot_isRefused() {
    String deep =
        "not (".repeat(FilterParser.MAX_DEPTH + 1)
            + "a pr"
            + ")".repeat(FilterParser.MAX_DEPTH + 1);
    assertThrows(InvalidFilterException.class, () -> FilterParser.parse(deep));
  }

  @Test
  void parse_veryLongFilter_isRefused() {
    String longFilter = "userName eq \"" + "x".repeat(FilterParser.MAX_LENGTH) + "\"";
    InvalidFilterException e =
        assertThrows(InvalidFilterException.class, () -> FilterParser.parse(longFilter));
    assertTrue(e.detail().contains("longer than"));
  }

  @Test
  void parse_longConjunction_withinLimit_parses() {
    String many = String.join(" and ", java.util.Collections.nCopies(500, "a pr"));
    assertTrue(FilterParser.parse(many) instanceof Filter.And);
  }
}
