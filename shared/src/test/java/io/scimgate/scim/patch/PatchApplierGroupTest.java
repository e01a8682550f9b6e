package io.scimgate.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.scim.filter.TestSchemas;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Group membership PATCH in every form docs/idp-dialects.md lists for Okta and Entra. */
class PatchApplierGroupTest {
  private static final String GROUP =
      "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u1', 'display': 'Ann'}, {'value': 'u2', 'display': 'Bob'}]}";

  private final PatchApplier applier = new PatchApplier(TestSchemas.group());

  static List<PatchCase> cases() {
    return List.of(
        PatchCase.of(
            "patch_oktaRenameRepeatingId_renames",
            GROUP,
            "[{'op': 'replace', 'value': {'id': 'g1', 'displayName': 'Sales EMEA'}}]",
            "{'id': 'g1', 'displayName': 'Sales EMEA', 'members': [{'value': 'u1', 'display': 'Ann'}, {'value': 'u2', 'display': 'Bob'}]}"),
        PatchCase.of(
            "patch_oktaRemoveMemberByFilter_removesOnlyThatMember",
            GROUP,
            "[{'op': 'remove', 'path': 'members[value eq \\'u1\\']'}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u2', 'display': 'Bob'}]}"),
        PatchCase.of(
            "patch_oktaAddMembers_appends",
            GROUP,
            "[{'op': 'add', 'path': 'members', 'value': [{'value': 'u3', 'display': 'Cy'}]}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u1', 'display': 'Ann'}, {'value': 'u2', 'display': 'Bob'}, {'value': 'u3', 'display': 'Cy'}]}"),
        PatchCase.of(
            "patch_oktaMembershipChange_renameRemoveAdd",
            GROUP,
            "[{'op': 'replace', 'value': {'id': 'g1', 'displayName': 'Sales'}}, {'op': 'remove', 'path': 'members[value eq \\'u2\\']'}, {'op': 'add', 'path': 'members', 'value': [{'value': 'u4', 'display': 'Di'}]}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u1', 'display': 'Ann'}, {'value': 'u4', 'display': 'Di'}]}"),
        PatchCase.of(
            "patch_oktaReplaceMembers_replacesTheWholeList",
            GROUP,
            "[{'op': 'replace', 'path': 'members', 'value': [{'value': 'u2', 'display': 'Bob'}, {'value': 'u9'}]}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u2', 'display': 'Bob'}, {'value': 'u9'}]}"),
        PatchCase.of(
            "patch_oktaReplaceMembersWithEmptyList_clearsThem",
            GROUP,
            "[{'op': 'replace', 'path': 'members', 'value': []}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': []}"),
        PatchCase.of(
            "patch_entraRemoveWithValue_removesOnlyThatMember",
            GROUP,
            "[{'op': 'Remove', 'path': 'members', 'value': [{'value': 'u1'}]}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u2', 'display': 'Bob'}]}"),
        PatchCase.of(
            "patch_entraRemoveSeveralWithValue_removesThoseOnly",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}, {'value': 'u2'}, {'value': 'u3'}]}",
            "[{'op': 'Remove', 'path': 'members', 'value': [{'value': 'u1'}, {'value': 'u3', '$ref': null}]}]",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u2'}]}"),
        PatchCase.of(
            "patch_entraRemoveWithValueOfNonMember_isANoOp",
            GROUP,
            "[{'op': 'Remove', 'path': 'members', 'value': [{'value': 'u7'}]}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u1', 'display': 'Ann'}, {'value': 'u2', 'display': 'Bob'}]}"),
        PatchCase.of(
            "patch_entraAddMemberWithNameKeyAndNullRef_addsTheMember",
            "{'id': 'g1', 'displayName': 'S'}",
            "[{'op': 'Add', 'path': 'members', 'name': 'addMember', 'value': [{'$ref': null, 'value': 'u1'}]}]",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}]}"),
        PatchCase.of(
            "patch_entraAddManyMembersInOneOp_addsAll",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}]}",
            "[{'op': 'Add', 'path': 'members', 'value': [{'value': 'u2'}, {'value': 'u3'}, {'value': 'u4'}]}]",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}, {'value': 'u2'}, {'value': 'u3'}, {'value': 'u4'}]}"),
        PatchCase.of(
            "patch_addExistingMemberWithOtherDisplay_isDeduplicatedByValue",
            GROUP,
            "[{'op': 'add', 'path': 'members', 'value': [{'value': 'u1', 'display': 'Ann B'}, {'value': 'u2'}]}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u1', 'display': 'Ann'}, {'value': 'u2', 'display': 'Bob'}]}"),
        PatchCase.of(
            "patch_addSameMemberTwiceInOneOp_addsItOnce",
            "{'id': 'g1', 'displayName': 'S'}",
            "[{'op': 'add', 'path': 'members', 'value': [{'value': 'u1'}, {'value': 'u1', 'display': 'A'}]}]",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}]}"),
        PatchCase.of(
            "patch_entraRemoveByFilter_aadOptscim062020",
            GROUP,
            "[{'op': 'remove', 'path': 'members[value eq \\'u2\\']'}]",
            "{'id': 'g1', 'displayName': 'Sales', 'members': [{'value': 'u1', 'display': 'Ann'}]}"),
        PatchCase.of(
            "patch_removeLastMember_unassignsMembers",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}]}",
            "[{'op': 'Remove', 'path': 'members', 'value': [{'value': 'u1'}]}]",
            "{'id': 'g1', 'displayName': 'S'}"),
        PatchCase.of(
            "patch_rfcRemoveMembersWithoutValue_removesAll",
            GROUP,
            "[{'op': 'remove', 'path': 'members'}]",
            "{'id': 'g1', 'displayName': 'Sales'}"),
        PatchCase.of(
            "patch_addMemberByFilterWithoutMatch_addsIt",
            "{'id': 'g1', 'displayName': 'S'}",
            "[{'op': 'add', 'path': 'members[value eq \\'u5\\']', 'value': {'display': 'Eve'}}]",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u5', 'display': 'Eve'}]}"),
        PatchCase.of(
            "patch_pathlessAddMembers_appends",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}]}",
            "[{'op': 'add', 'value': {'members': [{'value': 'u2'}]}}]",
            "{'id': 'g1', 'displayName': 'S', 'members': [{'value': 'u1'}, {'value': 'u2'}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void patch(PatchCase c) {
    String before = c.resource().toString();
    assertEquals(c.expected(), applier.apply(c.resource(), c.ops()));
    assertEquals(before, c.resource().toString(), "the input must stay untouched");
  }
}
