package io.scimgate.scim.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.ScimException;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * For any filter text, parsing, validating against the served User schema and evaluating on a user
 * either succeed or fail with a SCIM 4xx error (RFC 7644 §3.4.2.2, §3.12): never another exception.
 * Inputs are random text and random sequences of the grammar's own tokens, which reach far deeper
 * into the parser than random text does.
 */
class FilterPropertiesTest {
  private static final FilterEvaluator USERS =
      new FilterEvaluator(SchemaRegistry.standard().user());
  private static final ObjectNode BJENSEN = TestResources.bjensen();
  private static final List<String> ATTRIBUTES =
      List.of(
          "userName",
          "name.givenName",
          "emails",
          "emails.value",
          "value",
          "type",
          "primary",
          "active",
          "meta.lastModified",
          "id",
          "externalId",
          "displayName",
          "groups.value",
          "title",
          "x509Certificates.value",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName",
          "nosuch",
          "name");
  private static final List<String> OPERATORS =
      List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr", "EQ", "Co");
  private static final List<String> VALUES =
      List.of(
          "\"bjensen\"",
          "\"x\"",
          "\"\"",
          "true",
          "False",
          "null",
          "1",
          "-0",
          "1.5e400",
          "\"2011-05-13T04:42:34Z\"",
          "\"work\"",
          "\"\\u00e9\\\"\"",
          "\"\\ud800\"");
  private static final List<String> TOKENS =
      List.of(
          "userName",
          "name.givenName",
          "emails",
          "emails.value",
          "emails[",
          "]",
          "].value",
          "type",
          "value",
          "primary",
          "active",
          "meta.lastModified",
          "id",
          "externalId",
          "groups",
          "members",
          "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber",
          "urn:ietf:params:scim:schemas:core:2.0:User:userName",
          "nosuch",
          "x.y.z",
          "eq",
          "ne",
          "co",
          "sw",
          "ew",
          "gt",
          "ge",
          "lt",
          "le",
          "pr",
          "EQ",
          "and",
          "or",
          "not",
          "AND",
          "(",
          ")",
          "\"x\"",
          "\"b\"",
          "\"\\\"\"",
          "\"\\u00e9\"",
          "\"\\ud800\"",
          "\"",
          "\\",
          "true",
          "False",
          "null",
          "1",
          "-0",
          "1.5e400",
          "2011-05-13T04:42:34Z",
          "\"2011-05-13T04:42:34Z\"",
          " ",
          "  ");

  @Property(tries = 400)
  void randomText_isParsedOrInvalidFilter(@ForAll("text") String filter) {
    assertOnlyScim4xx(filter);
  }

  @Property(tries = 600)
  void tokenSequences_areParsedValidatedAndEvaluatedOrInvalidFilter(
      @ForAll("tokens") String filter) {
    assertOnlyScim4xx(filter);
    // Not vacuous: some token sequences get past the parser, and some are evaluated.
    Statistics.coverage(c -> {
      c.check("validate").percentage(p -> p > 5);
      c.check("evaluated").percentage(p -> p > 5);
    });
  }

  private static void assertOnlyScim4xx(String text) {
    String reached = "parse";
    try {
      Filter filter = FilterParser.parse(text);
      reached = "validate";
      USERS.validate(filter);
      reached = "evaluate";
      USERS.matches(filter, BJENSEN);
      reached = "evaluated";
    } catch (ScimException e) {
      assertTrue(e.status() >= 400 && e.status() < 500, text + " -> " + e.status());
    }
    Statistics.collect(reached);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("aeuNm.[]()\" \\:01-eqandorpr")
        .ofMaxLength(60)
        .edgeCases(e -> e.add(""));
  }

  /**
   * Well-formed filters of the grammar (RFC 7644 §3.4.2.2 Figure 1) over real and unknown
   * attributes, a third of them then corrupted by one token inserted at a random place.
   */
  @Provide
  Arbitrary<String> tokens() {
    Arbitrary<String> wellFormed = filter(3);
    Arbitrary<String> corrupted =
        Combinators.combine(
                wellFormed, Arbitraries.of(TOKENS), Arbitraries.integers().between(0, 1000))
            .as((f, token, at) -> {
              int i = at % (f.length() + 1);
              return f.substring(0, i) + token + f.substring(i);
            });
    return Arbitraries.frequencyOf(Tuple.of(2, wellFormed), Tuple.of(1, corrupted));
  }

  private static Arbitrary<String> filter(int depth) {
    Arbitrary<String> comparison =
        Combinators.combine(
                Arbitraries.of(ATTRIBUTES), Arbitraries.of(OPERATORS), Arbitraries.of(VALUES))
            .as((a, op, v) -> op.equals("pr") ? a + " pr" : a + " " + op + " " + v);
    if (depth == 0) {
      return comparison;
    }
    Arbitrary<String> inner = Arbitraries.lazy(() -> filter(depth - 1));
    Arbitrary<String> valuePath =
        Combinators.combine(
                Arbitraries.of("emails", "addresses", "phoneNumbers", "groups", "userName"), inner)
            .as((a, f) -> a + "[" + f + "]");
    return Arbitraries.frequencyOf(
        Tuple.of(4, comparison),
        Tuple.of(
            2,
            Combinators.combine(inner, Arbitraries.of("and", "or", "AND"), inner)
                .as((l, k, r) -> l + " " + k + " " + r)),
        Tuple.of(1, inner.map(f -> "not (" + f + ")")),
        Tuple.of(1, inner.map(f -> "(" + f + ")")),
        Tuple.of(1, valuePath));
  }
}
