package io.scimgate.scim.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.scim.filter.TestSchemas;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 7644 §3.5.2 on Users, with a row for every User PATCH line of docs/idp-dialects.md. The
 * enterprise URN is written {@code ENT} in the tables.
 */
class PatchApplierUserTest {
  private final PatchApplier applier = new PatchApplier(TestSchemas.user());

  static List<PatchCase> cases() {
    return List.of(
        row(
            "patch_oktaPathlessReplaceActive_deactivates",
            "{'userName': 'b', 'active': true}",
            "[{'op': 'replace', 'value': {'active': false}}]",
            "{'userName': 'b', 'active': false}"),
        row(
            "patch_entraReplaceActiveStringFalse_setsBoolean",
            "{'userName': 'b', 'active': true}",
            "[{'op': 'Replace', 'path': 'active', 'value': 'False'}]",
            "{'userName': 'b', 'active': false}"),
        row(
            "patch_entraPathlessStringTrue_setsBoolean",
            "{'userName': 'b', 'active': false}",
            "[{'op': 'Replace', 'value': {'active': 'TRUE'}}]",
            "{'userName': 'b', 'active': true}"),
        row(
            "patch_entraAddWorkEmailWithoutMatch_addsTheEntry",
            "{'userName': 'b'}",
            "[{'op': 'Add', 'path': 'emails[type eq \\'work\\'].value', 'value': 'b@x.com'}]",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'b@x.com'}]}"),
        row(
            "patch_entraAddWorkEmailBesideHome_addsTheEntry",
            "{'userName': 'b', 'emails': [{'type': 'home', 'value': 'h@x.com'}]}",
            "[{'op': 'Add', 'path': 'emails[type eq \\'work\\'].value', 'value': 'b@x.com'}]",
            "{'userName': 'b', 'emails': [{'type': 'home', 'value': 'h@x.com'}, {'type': 'work', 'value': 'b@x.com'}]}"),
        row(
            "patch_entraReplaceWorkEmail_changesOnlyItsValue",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'old@x.com', 'primary': true}, {'type': 'home', 'value': 'h@x.com'}]}",
            "[{'op': 'Replace', 'path': 'emails[type eq \\'work\\'].value', 'value': 'new@x.com'}]",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'new@x.com', 'primary': true}, {'type': 'home', 'value': 'h@x.com'}]}"),
        row(
            "patch_entraAddMobilePhoneWithoutMatch_addsTheEntry",
            "{'userName': 'b', 'phoneNumbers': [{'type': 'work', 'value': '1'}]}",
            "[{'op': 'Add', 'path': 'phoneNumbers[type eq \\'mobile\\'].value', 'value': '+1 555 0100'}]",
            "{'userName': 'b', 'phoneNumbers': [{'type': 'work', 'value': '1'}, {'type': 'mobile', 'value': '+1 555 0100'}]}"),
        row(
            "patch_entraAddPrimaryOnNewWorkEmail_copiesEveryEqTerm",
            "{'userName': 'b'}",
            "[{'op': 'Add', 'path': 'emails[type eq \\'work\\' and primary eq true].value', 'value': 'b@x.com'}]",
            "{'userName': 'b', 'emails': [{'type': 'work', 'primary': true, 'value': 'b@x.com'}]}"),
        row(
            "patch_entraAddEmployeeNumber_createsExtensionAndListsItsSchema",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b'}",
            "[{'op': 'Add', 'path': 'ENT:employeeNumber', 'value': '42'}]",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User', 'ENT'], 'userName': 'b', 'ENT': {'employeeNumber': '42'}}"),
        row(
            "patch_entraManagerBareString_becomesManagerValue",
            "{'userName': 'b'}",
            "[{'op': 'Add', 'path': 'ENT:manager', 'value': 'm-1'}]",
            "{'userName': 'b', 'ENT': {'manager': {'value': 'm-1'}}}"),
        row(
            "patch_entraNewManager_dropsTheOldManagersDisplayName",
            "{'userName': 'b', 'ENT': {'department': 'd', 'manager': {'value': 'm-1', 'displayName': 'Old Boss'}}}",
            "[{'op': 'Replace', 'path': 'ENT:manager', 'value': 'm-2'}]",
            "{'userName': 'b', 'ENT': {'department': 'd', 'manager': {'value': 'm-2'}}}"),
        row(
            "patch_managerValuePath_setsTheSubAttribute",
            "{'userName': 'b'}",
            "[{'op': 'add', 'path': 'ENT:manager.value', 'value': 'm-1'}]",
            "{'userName': 'b', 'ENT': {'manager': {'value': 'm-1'}}}"),
        row(
            "patch_aadOptscim062020PathlessDottedAndUrnKeys_setEach",
            "{'userName': 'b', 'name': {'familyName': 'Jensen', 'givenName': 'Barbara'}}",
            "[{'op': 'replace', 'value': {'name.givenName': 'Babs', 'ENT:employeeNumber': '7', 'displayName': 'Babs J'}}]",
            "{'userName': 'b', 'name': {'familyName': 'Jensen', 'givenName': 'Babs'}, 'ENT': {'employeeNumber': '7'}, 'displayName': 'Babs J'}"),
        row(
            "patch_pathlessExtensionObject_mergesItsAttributes",
            "{'userName': 'b', 'ENT': {'department': 'Sales'}}",
            "[{'op': 'add', 'value': {'ENT': {'costCenter': '4130', 'manager': {'value': 'm-1'}}}}]",
            "{'userName': 'b', 'ENT': {'department': 'Sales', 'costCenter': '4130', 'manager': {'value': 'm-1'}}}"),
        row(
            "patch_extensionUrnAsPath_mergesItsAttributes",
            "{'userName': 'b'}",
            "[{'op': 'replace', 'path': 'ENT', 'value': {'division': 'North'}}]",
            "{'userName': 'b', 'ENT': {'division': 'North'}}"),
        row(
            "patch_entraNullValues_areSkipped",
            "{'userName': 'b', 'title': 'Guide'}",
            "[{'op': 'Replace', 'path': 'title', 'value': null}, {'op': 'Replace', 'value': {'title': null, 'nickName': 'Babs'}}]",
            "{'userName': 'b', 'title': 'Guide', 'nickName': 'Babs'}"),
        row(
            "patch_pathlessSchemasKey_isIgnored",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b'}",
            "[{'op': 'replace', 'value': {'schemas': ['urn:x'], 'title': 'T'}}]",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b', 'title': 'T'}"),
        row(
            "patch_pathlessCoreSchemaObject_setsItsAttributes",
            "{'userName': 'b'}",
            "[{'op': 'replace', 'value': {'urn:ietf:params:scim:schemas:core:2.0:User': {'title': 'T', 'name': {'givenName': 'B'}}}}]",
            "{'userName': 'b', 'title': 'T', 'name': {'givenName': 'B'}}"),
        row(
            "patch_removeExtensionUrn_removesTheExtension",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User', 'ENT'], 'userName': 'b', 'ENT': {'employeeNumber': '1', 'manager': {'value': 'm'}}}",
            "[{'op': 'remove', 'path': 'ENT'}]",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b'}"),
        row(
            "patch_caseInsensitivePath_writesCanonicalName",
            "{'userName': 'b'}",
            "[{'op': 'add', 'path': 'NAME.GIVENNAME', 'value': 'B'}]",
            "{'userName': 'b', 'name': {'givenName': 'B'}}"),
        row(
            "patch_addEmails_appendsSkippingExactDuplicates",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}",
            "[{'op': 'add', 'path': 'emails', 'value': [{'type': 'work', 'value': 'a@x.com'}, {'value': 'c@x.com', 'type': 'home'}]}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}, {'value': 'c@x.com', 'type': 'home'}]}"),
        row(
            "patch_addNewPrimaryEmail_clearsTheOldPrimary",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'primary': true}]}",
            "[{'op': 'add', 'path': 'emails', 'value': [{'value': 'c@x.com', 'primary': 'True'}]}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'primary': false}, {'value': 'c@x.com', 'primary': true}]}"),
        row(
            "patch_replacePrimaryByFilter_clearsTheOthers",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work', 'primary': true}, {'value': 'h@x.com', 'type': 'home'}]}",
            "[{'op': 'replace', 'path': 'emails[type eq \\'home\\'].primary', 'value': true}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work', 'primary': false}, {'value': 'h@x.com', 'type': 'home', 'primary': true}]}"),
        row(
            "patch_replaceEmailsWithoutFilter_replacesTheList",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com'}, {'value': 'b@x.com'}]}",
            "[{'op': 'replace', 'path': 'emails', 'value': [{'value': 'c@x.com', 'type': 'work'}]}]",
            "{'userName': 'b', 'emails': [{'value': 'c@x.com', 'type': 'work'}]}"),
        row(
            "patch_replaceFilteredEntry_keepsTheFiltersEqTerms",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work', 'display': 'A'}]}",
            "[{'op': 'replace', 'path': 'emails[type eq \\'work\\']', 'value': {'value': 'n@x.com'}}]",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'n@x.com'}]}"),
        row(
            "patch_addToFilteredEntry_mergesSubAttributes",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}",
            "[{'op': 'add', 'path': 'emails[type eq \\'work\\']', 'value': {'display': 'Work'}}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work', 'display': 'Work'}]}"),
        row(
            "patch_removeFilteredEntry_removesOnlyIt",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}, {'value': 'h@x.com', 'type': 'home'}]}",
            "[{'op': 'remove', 'path': 'emails[type eq \\'work\\']'}]",
            "{'userName': 'b', 'emails': [{'value': 'h@x.com', 'type': 'home'}]}"),
        row(
            "patch_removeFilterMatchingNothing_isANoOp",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}",
            "[{'op': 'remove', 'path': 'emails[type eq \\'other\\']'}, {'op': 'remove', 'path': 'addresses[type eq \\'home\\']'}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}"),
        row(
            "patch_removeLastFilteredEntry_removesTheAttribute",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}",
            "[{'op': 'Remove', 'path': 'emails[type eq \\'work\\' and value eq \\'A@X.COM\\']'}]",
            "{'userName': 'b'}"),
        row(
            "patch_removeSubAttributeOfFilteredEntry_keepsTheEntry",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work', 'display': 'A'}]}",
            "[{'op': 'remove', 'path': 'emails[type eq \\'work\\'].display'}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}"),
        row(
            "patch_removeEmailsWithValueArray_removesOnlyThoseListed",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}, {'value': 'h@x.com', 'type': 'home'}]}",
            "[{'op': 'remove', 'path': 'emails', 'value': [{'value': 'h@x.com'}]}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'work'}]}"),
        row(
            "patch_removeWholeAttribute_unassignsIt",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com'}], 'title': 'T'}",
            "[{'op': 'remove', 'path': 'emails'}, {'op': 'remove', 'path': 'title'}, {'op': 'remove', 'path': 'nickName'}]",
            "{'userName': 'b'}"),
        row(
            "patch_replaceComplexWithoutPath_leavesOtherSubAttributes",
            "{'userName': 'b', 'name': {'familyName': 'Jensen', 'givenName': 'Barbara'}}",
            "[{'op': 'replace', 'path': 'name', 'value': {'givenName': 'Babs'}}]",
            "{'userName': 'b', 'name': {'familyName': 'Jensen', 'givenName': 'Babs'}}"),
        row(
            "patch_removeLastSubAttribute_removesTheComplex",
            "{'userName': 'b', 'name': {'givenName': 'Barbara'}}",
            "[{'op': 'remove', 'path': 'name.givenName'}]",
            "{'userName': 'b'}"),
        row(
            "patch_removeLastExtensionAttribute_removesExtensionAndSchema",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User', 'ENT'], 'userName': 'b', 'ENT': {'employeeNumber': '1'}}",
            "[{'op': 'remove', 'path': 'ENT:employeeNumber'}]",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b'}"),
        row(
            "patch_subAttributeOfEveryValue_withoutFilter",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com'}, {'value': 'c@x.com'}]}",
            "[{'op': 'add', 'path': 'emails.type', 'value': 'other'}]",
            "{'userName': 'b', 'emails': [{'value': 'a@x.com', 'type': 'other'}, {'value': 'c@x.com', 'type': 'other'}]}"),
        row(
            "patch_oktaRepeatsItsOwnId_isANoOp",
            "{'id': 'u1', 'userName': 'b'}",
            "[{'op': 'replace', 'value': {'id': 'u1', 'userName': 'B2'}}]",
            "{'id': 'u1', 'userName': 'B2'}"),
        row(
            "patch_writeOnlyPassword_isSet",
            "{'userName': 'b'}",
            "[{'op': 'replace', 'path': 'password', 'value': 's3cret!'}]",
            "{'userName': 'b', 'password': 's3cret!'}"),
        row(
            "patch_filteredReplaceMatchingNothing_whoseResultIsPresent_changesNothing",
            "{'userName': 'b', 'emails': [{'value': 'M@x.com'}]}",
            "[{'op': 'replace', 'path': 'emails[value eq \\'n@x.com\\'].value', 'value': 'm@x.com'}]",
            "{'userName': 'b', 'emails': [{'value': 'M@x.com'}]}"),
        row(
            "patch_filteredAddOfAPresentValueMarkedPrimary_marksThePresentOne",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'b@x.com'}, {'type': 'home', 'value': 'h@x.com', 'primary': true}]}",
            "[{'op': 'add', 'path': 'emails[type eq \\'work\\' and primary eq true].value', 'value': 'b@x.com'}]",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'b@x.com', 'primary': true}, {'type': 'home', 'value': 'h@x.com', 'primary': false}]}"),
        row(
            "patch_filteredReplaceMatchingNothing_withAnotherType_addsADifferentValue",
            "{'userName': 'b', 'emails': [{'value': 'm@x.com', 'type': 'home'}]}",
            "[{'op': 'replace', 'path': 'emails[type eq \\'work\\'].value', 'value': 'm@x.com'}]",
            "{'userName': 'b', 'emails': [{'value': 'm@x.com', 'type': 'home'}, {'type': 'work', 'value': 'm@x.com'}]}"),
        row(
            "patch_entraAddWorkEmailAlreadyThere_isANoOp",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'b@x.com'}]}",
            "[{'op': 'Add', 'path': 'emails[type eq \\'work\\'].value', 'value': 'B@x.com'}]",
            "{'userName': 'b', 'emails': [{'type': 'work', 'value': 'B@x.com'}]}"),
        row(
            "patch_scim2ModelsExtensionObjectWithItsOwnSchemas_ignoresTheSchemasKey",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b'}",
            "[{'op': 'add', 'path': 'ENT', 'value': {'schemas': ['ENT'], 'employeeNumber': '1'}}]",
            "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User', 'ENT'], 'userName': 'b', 'ENT': {'employeeNumber': '1'}}"),
        row(
            "patch_pathlessExtensionObjectWithItsOwnSchemas_ignoresTheSchemasKey",
            "{'userName': 'b', 'ENT': {'employeeNumber': '1'}}",
            "[{'op': 'replace', 'value': {'ENT': {'Schemas': 'ENT', 'department': 'D'}}}]",
            "{'userName': 'b', 'ENT': {'employeeNumber': '1', 'department': 'D'}}"),
        row(
            "patch_severalOperations_applyInOrder",
            "{'userName': 'b'}",
            "[{'op': 'add', 'path': 'title', 'value': 'A'}, {'op': 'replace', 'path': 'title', 'value': 'B'}, {'op': 'add', 'path': 'nickName', 'value': 'N'}, {'op': 'remove', 'path': 'nickName'}]",
            "{'userName': 'b', 'title': 'B'}"));
  }

  private static PatchCase row(String name, String resource, String operations, String expected) {
    return PatchCase.of(name, ent(resource), ent(operations), ent(expected));
  }

  static String ent(String text) {
    return text.replace("ENT", PatchCase.ENTERPRISE);
  }

  @Test
  void patch_filteredReplaceMatchingNothing_2000Times_addsOneValueNotTwoThousand() {
    String op = "{'op': 'replace', 'path': 'emails[value eq \\'N\\'].value', 'value': 'm@x.com'}";
    String ops = "[" + String.join(", ", Collections.nCopies(2000, op)) + "]";
    PatchCase c =
        row(
            "2000 ops",
            "{'userName': 'b'}",
            ops,
            "{'userName': 'b', 'emails': [{'value': 'm@x.com'}]}");

    assertEquals(c.expected(), applier.apply(c.resource(), c.ops()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void patch(PatchCase c) {
    String before = c.resource().toString();
    assertEquals(c.expected(), applier.apply(c.resource(), c.ops()));
    assertEquals(before, c.resource().toString(), "the input must stay untouched");
  }
}
