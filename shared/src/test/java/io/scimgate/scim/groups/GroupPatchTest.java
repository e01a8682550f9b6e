package io.scimgate.scim.groups;

import static io.scimgate.scim.groups.GroupsClient.TENANT;
import static io.scimgate.scim.groups.GroupsClient.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.scimgate.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every member form of docs/idp-dialects.md (and RFC 7644 §3.5.2), on a group "Staff" whose members
 * are u1, u2 and u3; users u1…u6 exist. {@code GID} in a body stands for the group's id.
 */
class GroupPatchTest {

  static Stream<Arguments> memberForms() {
    return Stream.of(
        // name, operations, status, members after, displayName after, scimType
        Arguments.of(
            "patch_oktaAddWithValueArray_addsThem",
            "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u4\",\"display\":\"User 4\"},{\"value\":\"u5\"}]}]",
            204,
            List.of("u1", "u2", "u3", "u4", "u5"),
            "Staff",
            null),
        Arguments.of(
            "patch_oktaRemoveByValueFilter_removesThatMember",
            "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u2\\\"]\"}]",
            204,
            List.of("u1", "u3"),
            "Staff",
            null),
        Arguments.of(
            "patch_oktaRenameWithOwnId_renamesAndIgnoresId",
            "[{\"op\":\"replace\",\"value\":{\"id\":\"GID\",\"displayName\":\"Staff 2\"}}]",
            204,
            List.of("u1", "u2", "u3"),
            "Staff 2",
            null),
        Arguments.of(
            "patch_oktaRenameRemoveAdd_appliesAllThree",
            "[{\"op\":\"replace\",\"value\":{\"id\":\"GID\",\"displayName\":\"Staff\"}},"
                + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"},"
                + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u6\",\"display\":\"User 6\"}]}]",
            204,
            List.of("u2", "u3", "u6"),
            "Staff",
            null),
        Arguments.of(
            "patch_oktaReplaceMembers_setsWholeList",
            "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u3\"},{\"value\":\"u4\"}]}]",
            204,
            List.of("u3", "u4"),
            "Staff",
            null),
        Arguments.of(
            "patch_replaceMembersWithEmptyList_removesAll",
            "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}]",
            204,
            List.of(),
            "Staff",
            null),
        Arguments.of(
            "patch_pathlessReplaceWithMembers_setsWholeList",
            "[{\"op\":\"replace\",\"value\":{\"displayName\":\"Crew\",\"members\":[{\"value\":\"u5\"}]}}]",
            204,
            List.of("u5"),
            "Crew",
            null),
        Arguments.of(
            "patch_entraAddCapitalisedWithNameAndNullRef_addsMember",
            "[{\"op\":\"Add\",\"name\":\"addMember\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"u4\"}]}]",
            204,
            List.of("u1", "u2", "u3", "u4"),
            "Staff",
            null),
        Arguments.of(
            "patch_entraRemoveWithValue_removesOnlyThatMember",
            "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"u1\"}]}]",
            204,
            List.of("u2", "u3"),
            "Staff",
            null),
        Arguments.of(
            "patch_entraReplaceDisplayName_renames",
            "[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Renamed\"}]",
            204,
            List.of("u1", "u2", "u3"),
            "Renamed",
            null),
        Arguments.of(
            "patch_urnQualifiedMembersPath_addsMember",
            "[{\"op\":\"add\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:Group:members\",\"value\":[{\"value\":\"u4\"}]}]",
            204,
            List.of("u1", "u2", "u3", "u4"),
            "Staff",
            null),
        Arguments.of(
            "patch_removeMembersWithoutValue_removesAll",
            "[{\"op\":\"remove\",\"path\":\"members\"}]",
            204,
            List.of(),
            "Staff",
            null),
        Arguments.of(
            "patch_removeByOrOfValues_removesBoth",
            "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\" or value eq \\\"u3\\\"]\"}]",
            204,
            List.of("u2"),
            "Staff",
            null),
        Arguments.of(
            "patch_removeByDisplayFilter_readsMembersAndRemovesMatch",
            "[{\"op\":\"remove\",\"path\":\"members[display eq \\\"user 2\\\"]\"}]",
            204,
            List.of("u1", "u3"),
            "Staff",
            null),
        Arguments.of(
            "patch_addExistingMember_isNoOp",
            "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}]",
            204,
            List.of("u1", "u2", "u3"),
            "Staff",
            null),
        Arguments.of(
            "patch_removeAbsentMember_isNoOp",
            "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u5\\\"]\"}]",
            204,
            List.of("u1", "u2", "u3"),
            "Staff",
            null),
        Arguments.of(
            "patch_addThenRemoveSameMember_endsWithout",
            "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u4\"}]},"
                + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u4\\\"]\"}]",
            204,
            List.of("u1", "u2", "u3"),
            "Staff",
            null),
        Arguments.of(
            "patch_replaceThenAdd_appliesInOrder",
            "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u4\"}]},"
                + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}]",
            204,
            List.of("u1", "u4"),
            "Staff",
            null),
        Arguments.of(
            "patch_addUnknownUser_is400AndWritesNothing",
            "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u4\"},{\"value\":\"nobody\"}]}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "invalidValue"),
        Arguments.of(
            "patch_addGroupTypedMember_is400NestedGroupsUnsupported",
            "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u4\",\"type\":\"Group\"}]}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "invalidValue"),
        Arguments.of(
            "patch_renameWithAnotherId_is400Mutability",
            "[{\"op\":\"replace\",\"value\":{\"id\":\"other\",\"displayName\":\"X\"}}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "mutability"),
        Arguments.of(
            "patch_replaceMemberValueByFilter_is400Mutability",
            "[{\"op\":\"replace\",\"path\":\"members[value eq \\\"u1\\\"].value\",\"value\":\"u4\"}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "mutability"),
        Arguments.of(
            "patch_removeDisplayName_is400",
            "[{\"op\":\"remove\",\"path\":\"displayName\"}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "invalidValue"),
        Arguments.of(
            "patch_removeWithoutPath_is400NoTarget",
            "[{\"op\":\"remove\"}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "noTarget"),
        Arguments.of(
            "patch_unknownAttributePath_is400InvalidPath",
            "[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"x\"}]",
            400,
            List.of("u1", "u2", "u3"),
            "Staff",
            "invalidPath"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("memberForms")
  void memberForm(
      String name,
      String operations,
      int status,
      List<String> members,
      String displayName,
      String scimType) {
    GroupsClient client = new GroupsClient();
    client.users(6);
    String id = client.group("Staff", "u1", "u2", "u3");

    HttpResponse response =
        client.call("PATCH", "/Groups/" + id, patch(operations.replace("GID", id)));

    assertEquals(status, response.status(), response.body());
    if (status == 204) {
      assertNull(response.body(), "a PATCH without 'attributes' returns no body");
      assertEquals("W/\"2\"", response.headers().get("ETag"));
    } else {
      assertEquals(
          scimType, GroupsClient.json(response).path("scimType").asText(), response.body());
    }
    assertEquals(members, client.store.memberIds(TENANT, id));
    assertEquals(
        displayName,
        GroupsClient.json(client.get("/Groups/" + id, java.util.Map.of()))
            .path("displayName")
            .asText());
  }
}
