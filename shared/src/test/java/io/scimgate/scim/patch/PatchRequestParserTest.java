package io.scimgate.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.error.InvalidSyntaxException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.error.NoTargetException;
import io.scimgate.scim.error.ScimException;
import io.scimgate.scim.filter.TestResources;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7644 §3.5.2 request structure, lenient where Okta and Entra differ from each other. */
class PatchRequestParserTest {
  private static final String PATCH_OP =
      "'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp']";

  @Test
  void parse_entraCapitalisedOpsAndExtraKeys_areAccepted() {
    List<PatchOperation> ops =
        PatchRequestParser.parse(
            TestResources.json(
                "{"
                    + PATCH_OP
                    + ", 'Operations': ["
                    + "{'op': 'Add', 'path': 'members', 'name': 'addMember', 'value': [{'$ref': null, 'value': 'u1'}]},"
                    + "{'op': 'REPLACE', 'path': 'active', 'value': 'False'},"
                    + "{'op': 'remove', 'path': 'members[value eq \\'u2\\']'}]}"));
    assertEquals(3, ops.size());
    assertEquals(PatchOperation.Op.ADD, ops.get(0).op());
    assertEquals("members", ops.get(0).path().toString());
    assertEquals(PatchOperation.Op.REPLACE, ops.get(1).op());
    assertEquals(PatchOperation.Op.REMOVE, ops.get(2).op());
    assertEquals("members[value eq \"u2\"]", ops.get(2).path().toString());
    assertNull(ops.get(2).value());
  }

  @Test
  void parse_oktaPathlessReplace_hasNoPath() {
    PatchOperation op =
        PatchRequestParser.parse(
                TestResources.json(
                    "{"
                        + PATCH_OP
                        + ", 'Operations': [{'op': 'replace', 'value': {'active': false}}]}"))
            .get(0);
    assertNull(op.path());
    assertTrue(op.value().isObject());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{'Operations': [{'op': 'add', 'path': 'title', 'value': 'x'}]}                    | InvalidSyntaxException",
        "{'schemas': ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], 'Operations': [{'op': 'add', 'path': 'title', 'value': 'x'}]} | InvalidSyntaxException",
        "{SCHEMAS}                                                                         | InvalidSyntaxException",
        "{SCHEMAS, 'Operations': []}                                                       | InvalidSyntaxException",
        "{SCHEMAS, 'Operations': {'op': 'add'}}                                            | InvalidSyntaxException",
        "{SCHEMAS, 'Operations': ['add']}                                                  | InvalidSyntaxException",
        "{SCHEMAS, 'Operations': [{'op': 'move', 'path': 'title', 'value': 'x'}]}          | InvalidSyntaxException",
        "{SCHEMAS, 'Operations': [{'path': 'title', 'value': 'x'}]}                        | InvalidSyntaxException",
        "[]                                                                                | InvalidSyntaxException",
        "{SCHEMAS, 'Operations': [{'op': 'remove'}]}                                       | NoTargetException",
        "{SCHEMAS, 'Operations': [{'op': 'remove', 'value': [{'value': 'u1'}]}]}           | NoTargetException",
        "{SCHEMAS, 'Operations': [{'op': 'add', 'path': 'title'}]}                         | InvalidValueException",
        "{SCHEMAS, 'Operations': [{'op': 'replace', 'value': 'x'}]}                        | InvalidValueException",
        "{SCHEMAS, 'Operations': [{'op': 'add', 'path': 7, 'value': 'x'}]}                 | InvalidPathException",
        "{SCHEMAS, 'Operations': [{'op': 'add', 'path': 'emails[type eq', 'value': 'x'}]}  | InvalidPathException",
      })
  void parse_malformed_isRejected(String body, String error) {
    ScimException e =
        assertThrows(
            ScimException.class,
            () -> PatchRequestParser.parse(TestResources.json(body.replace("SCHEMAS", PATCH_OP))));
    assertEquals(error, e.getClass().getSimpleName());
    assertTrue(
        List.of(
                InvalidSyntaxException.class,
                NoTargetException.class,
                InvalidValueException.class,
                InvalidPathException.class)
            .contains(e.getClass()));
  }
}
