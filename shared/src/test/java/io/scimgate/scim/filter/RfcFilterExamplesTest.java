package io.scimgate.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every filter example of RFC 7644 §3.4.2.2, run against a directory of four users chosen so that
 * each example keeps some of them and drops others: the example user of RFC 7643 §8.2 and three
 * more that differ from it in one way each (userName, title, userType, emails, ims, schemas,
 * lastModified). The two case-insensitivity examples of the same section come first.
 */
class RfcFilterExamplesTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private final FilterEvaluator evaluator = new FilterEvaluator(TestSchemas.user());

  private static List<ObjectNode> directory() {
    ObjectNode bjensenPlain =
        TestResources.object(
            """
            {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u2',
             'userName': 'bjensen', 'name': {'familyName': 'Jensen'}, 'userType': 'Employee',
             'emails': [{'value': 'barbara@example.org', 'type': 'home'}],
             'meta': {'lastModified': '2011-05-13T04:42:33Z'}}
            """);
    ObjectNode jsmith =
        TestResources.object(
            """
            {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User', 'ENTERPRISE'], 'id': 'u3',
             'userName': 'jsmith', 'name': {'familyName': 'Smith'}, 'userType': 'Intern',
             'emails': [{'value': 'js@example.net', 'type': 'work'}],
             'ims': [{'value': 'jsmith@foo.com', 'type': 'xmpp'}],
             'meta': {'lastModified': '2011-05-13T04:42:35Z'}}
            """
                .replace("ENTERPRISE", ENTERPRISE));
    ObjectNode omalley =
        TestResources.object(
            """
            {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u4',
             'userName': 'momalley', 'title': 'Manager',
             'userType': 'Contractor', 'emails': [{'value': 'mo@example.com', 'type': 'work'}],
             'meta': {'lastModified': '2012-01-01T00:00:00Z'}}
            """);
    omalley.putObject("name").put("familyName", "O'Malley");
    return List.of(TestResources.bjensen(), bjensenPlain, jsmith, omalley);
  }

  @ParameterizedTest(name = "{0} => {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "userName Eq \"bjensen\"                                       | bjensen",
        "Username eq \"bjensen\"                                       | bjensen",
        "userName eq \"bjensen\"                                       | bjensen",
        "name.familyName co \"O'Malley\"                               | momalley",
        "userName sw \"J\"                                             | jsmith",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\"  | jsmith",
        "title pr                                        | bjensen@example.com momalley",
        "meta.lastModified gt \"2011-05-13T04:42:34Z\"                 | jsmith momalley",
        "meta.lastModified ge \"2011-05-13T04:42:34Z\" | bjensen@example.com jsmith momalley",
        "meta.lastModified lt \"2011-05-13T04:42:34Z\"                 | bjensen",
        "meta.lastModified le \"2011-05-13T04:42:34Z\"   | bjensen@example.com bjensen",
        "title pr and userType eq \"Employee\"                         | bjensen@example.com",
        "title pr or userType eq \"Intern\"          | bjensen@example.com jsmith momalley",
        "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\""
            + " | bjensen@example.com jsmith",
        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co"
            + " \"example.org\") | bjensen@example.com bjensen",
        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co"
            + " \"example.org\") | jsmith",
        "userType eq \"Employee\" and (emails.type eq \"work\")        | bjensen@example.com",
        "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]"
            + " | bjensen@example.com",
        "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and"
            + " value co \"@foo.com\"] | bjensen@example.com jsmith momalley",
      })
  void rfcExample_keepsExactlyTheseUsers(String filter, String userNames) {
    Filter parsed = FilterParser.parse(filter);
    evaluator.validate(parsed);

    List<String> kept =
        directory().stream()
            .filter(user -> evaluator.matches(parsed, user))
            .map(user -> user.path("userName").asText())
            .toList();

    assertEquals(Arrays.asList(userNames.trim().split(" +")), kept);
  }
}
