package io.scimgate.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.error.NoTargetException;
import io.scimgate.scim.error.ScimException;
import io.scimgate.scim.filter.TestResources;
import io.scimgate.scim.filter.TestSchemas;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 7644 §3.5.2 errors; each leaves the resource untouched (all or nothing). */
class PatchApplierErrorTest {
  private static final String USER =
      "{'id': 'u1', 'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work', 'primary': true}],"
          + " 'meta': {'lastModified': '2024-01-01T00:00:00Z'}, 'groups': [{'value': 'g1'}],"
          + " 'ENT': {'manager': {'value': 'm1', 'displayName': 'Boss'}}}";
  private static final String GROUP =
      "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}]}";

  static List<Arguments> cases() {
    return List.of(
        user(
            "patch_unknownAttribute_isInvalidPath",
            "[{'op': 'add', 'path': 'nosuch', 'value': 'x'}]",
            InvalidPathException.class),
        user(
            "patch_unknownSubAttribute_isInvalidPath",
            "[{'op': 'add', 'path': 'name.nosuch', 'value': 'x'}]",
            InvalidPathException.class),
        user(
            "patch_unknownPathlessKey_isInvalidValue",
            "[{'op': 'replace', 'value': {'title': 'T', 'nosuch': 'x'}}]",
            InvalidValueException.class),
        user(
            "patch_malformedPathlessKey_isInvalidValue",
            "[{'op': 'replace', 'value': {'emails[type': 'x'}}]",
            InvalidValueException.class),
        user(
            "patch_unknownKeyInExtensionObject_isInvalidValue",
            "[{'op': 'add', 'path': 'ENT', 'value': {'schemas': ['ENT'], 'nosuch': '1'}}]",
            InvalidValueException.class),
        user(
            "patch_unknownFilterAttribute_isInvalidPath",
            "[{'op': 'remove', 'path': 'emails[nosuch eq \\'x\\']'}]",
            InvalidPathException.class),
        user(
            "patch_filterOnSimpleAttribute_isInvalidPath",
            "[{'op': 'remove', 'path': 'userName[value eq \\'x\\']'}]",
            InvalidPathException.class),
        user(
            "patch_unknownSubAttributeInValue_isInvalidValue",
            "[{'op': 'add', 'path': 'emails', 'value': [{'value': 'c@x', 'kind': 'x'}]}]",
            InvalidValueException.class),
        user(
            "patch_replaceId_isMutability",
            "[{'op': 'replace', 'value': {'id': 'other'}}]",
            MutabilityException.class),
        user(
            "patch_replaceMetaLastModified_isMutability",
            "[{'op': 'replace', 'path': 'meta.lastModified', 'value': '2025-01-01T00:00:00Z'}]",
            MutabilityException.class),
        user(
            "patch_addGroups_isMutability",
            "[{'op': 'add', 'path': 'groups', 'value': [{'value': 'g2'}]}]",
            MutabilityException.class),
        user(
            "patch_removeGroupsByFilter_isMutability",
            "[{'op': 'remove', 'path': 'groups[value eq \\'g1\\']'}]",
            MutabilityException.class),
        user(
            "patch_replaceManagerDisplayName_isMutability",
            "[{'op': 'replace', 'path': 'ENT:manager.displayName', 'value': 'X'}]",
            MutabilityException.class),
        user(
            "patch_activeNotABoolean_isInvalidValue",
            "[{'op': 'Replace', 'path': 'active', 'value': 'maybe'}]",
            InvalidValueException.class),
        user(
            "patch_userNameNotAString_isInvalidValue",
            "[{'op': 'replace', 'path': 'userName', 'value': 5}]",
            InvalidValueException.class),
        user(
            "patch_complexGivenAString_isInvalidValue",
            "[{'op': 'replace', 'path': 'name', 'value': 'Babs'}]",
            InvalidValueException.class),
        user(
            "patch_twoNewPrimaries_isInvalidValue",
            "[{'op': 'add', 'path': 'emails', 'value': [{'value': 'c@x', 'primary': true}, {'value': 'd@x', 'primary': true}]}]",
            InvalidValueException.class),
        user(
            "patch_removeRequiredUserName_isInvalidValue",
            "[{'op': 'remove', 'path': 'userName'}]",
            InvalidValueException.class),
        user(
            "patch_filterMatchingNothingThatDescribesNothing_isNoTarget",
            "[{'op': 'replace', 'path': 'emails[type eq \\'home\\' or type eq \\'other\\'].value', 'value': 'h@x'}]",
            NoTargetException.class),
        user(
            "patch_allOrNothing_failingLastOpUndoesTheFirst",
            "[{'op': 'replace', 'path': 'userName', 'value': 'changed'}, {'op': 'add', 'path': 'nosuch', 'value': 'x'}]",
            InvalidPathException.class),
        group(
            "patch_changeMemberValue_isMutability",
            "[{'op': 'replace', 'path': 'members[value eq \\'u1\\'].value', 'value': 'u9'}]",
            MutabilityException.class),
        group(
            "patch_oktaRenameWithOtherId_isMutability",
            "[{'op': 'replace', 'value': {'id': 'g2', 'displayName': 'T'}}]",
            MutabilityException.class));
  }

  private static Arguments user(String name, String ops, Class<? extends ScimException> error) {
    return Arguments.of(
        name,
        TestSchemas.user(),
        PatchApplierUserTest.ent(USER),
        PatchApplierUserTest.ent(ops),
        error);
  }

  private static Arguments group(String name, String ops, Class<? extends ScimException> error) {
    return Arguments.of(name, TestSchemas.group(), GROUP, ops, error);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void patch(
      String name,
      io.scimgate.scim.schema.ResourceType type,
      String resource,
      String ops,
      Class<? extends ScimException> error) {
    PatchCase c = PatchCase.of(name, resource, ops, null);
    ObjectNode input = c.resource();
    String before = input.toString();
    List<PatchOperation> parsed = c.ops();
    assertThrows(error, () -> new PatchApplier(type).apply(input, parsed));
    assertEquals(before, input.toString());
    assertEquals(TestResources.object(resource), input);
  }
}
