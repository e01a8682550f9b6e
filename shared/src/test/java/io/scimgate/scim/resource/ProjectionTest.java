package io.scimgate.scim.resource;

import static io.scimgate.scim.resource.JsonFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.AttributeType;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.Returned;
import io.scimgate.scim.schema.SchemaDef;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.scim.schema.Uniqueness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Response shaping per RFC 7644 §3.4.2.5 / §3.9 and the "returned" characteristic of RFC 7643 §7.
 */
class ProjectionTest {
  private static final ResourceType USERS = SchemaRegistry.standard().user();
  private static final String ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static final ObjectNode STORED =
      json(
          """
          {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','ENT'],
           'id':'2819c223','externalId':'701984','userName':'bjensen',
           'name':{'familyName':'Jensen','givenName':'Barbara'},
           'displayName':'Babs','password':'t1meMa$heen',
           'emails':[{'value':'b@example.com','type':'work','primary':true},{'value':'babs@jensen.org','type':'home'}],
           'groups':[{'value':'g1','display':'Admins'}],
           'ENT':{'employeeNumber':'42','manager':{'value':'m1','displayName':'Boss'}},
           'meta':{'resourceType':'User','location':'https://api/Users/2819c223'},
           'tenantPartition':'acme'}\
          """
              .replace("ENT", ENT));

  private static final String CORE_ONLY =
      "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User']";
  private static final String WITH_ENT =
      "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','" + ENT + "']";

  @ParameterizedTest(name = "attributes={0} excludedAttributes={1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "userName                          | -   | {CORE,'id':'2819c223','userName':'bjensen'}",
        "USERNAME                          | -   | {CORE,'id':'2819c223','userName':'bjensen'}",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName | - | {CORE,'id':'2819c223','userName':'bjensen'}",
        "id                                | -   | {CORE,'id':'2819c223'}",
        "noSuchAttribute                   | -   | {CORE,'id':'2819c223'}",
        "password                          | -   | {CORE,'id':'2819c223'}",
        "name.givenName, emails.value      | -   | {CORE,'id':'2819c223','name':{'givenName':'Barbara'},'emails':[{'value':'b@example.com'},{'value':'babs@jensen.org'}]}",
        "emails.type,emails                | -   | {CORE,'id':'2819c223','emails':[{'value':'b@example.com','type':'work','primary':true},{'value':'babs@jensen.org','type':'home'}]}",
        "ENT:employeeNumber                | -   | {WITH_ENT,'id':'2819c223','ENT':{'employeeNumber':'42'}}",
        "ENT:manager.value                 | -   | {WITH_ENT,'id':'2819c223','ENT':{'manager':{'value':'m1'}}}",
        "ENT                               | -   | {WITH_ENT,'id':'2819c223','ENT':{'employeeNumber':'42','manager':{'value':'m1','displayName':'Boss'}}}",
        "userName,meta.location            | -   | {CORE,'id':'2819c223','userName':'bjensen','meta':{'location':'https://api/Users/2819c223'}}",
        "userName,displayName              | displayName | {CORE,'id':'2819c223','userName':'bjensen'}",
        "-   | emails,groups,meta,id,name,externalId,displayName | {WITH_ENT,'id':'2819c223','userName':'bjensen','ENT':{'employeeNumber':'42','manager':{'value':'m1','displayName':'Boss'}}}",
        "-   | ENT,emails,groups,meta,name,externalId,displayName | {CORE,'id':'2819c223','userName':'bjensen'}",
        "-   | ENT:employeeNumber,ENT:manager.displayName,emails,groups,meta,name,externalId,displayName | {WITH_ENT,'id':'2819c223','userName':'bjensen','ENT':{'manager':{'value':'m1'}}}",
        "-   | name.givenName,emails.type,emails.primary,groups,meta,ENT,externalId,displayName | {CORE,'id':'2819c223','userName':'bjensen','name':{'familyName':'Jensen'},'emails':[{'value':'b@example.com'},{'value':'babs@jensen.org'}]}",
      })
  void selection_shapesTheResponse(String attributes, String excluded, String expected) {
    ObjectNode out =
        Projection.project(
            USERS, STORED, AttributeSelection.of(expand(attributes), expand(excluded)));
    assertEquals(json(expand(expected)), out);
  }

  @Test
  void defaults_returnEverythingButPassword_andNoStorageFields() {
    ObjectNode out = Projection.project(USERS, STORED, AttributeSelection.defaults());
    ObjectNode expected = STORED.deepCopy();
    expected.remove("password");
    expected.remove("tenantPartition");
    assertEquals(expected, out);
    assertFalse(out.toString().contains("t1meMa$heen"));
  }

  @Test
  void project_leavesTheStoredResourceUnchanged() {
    ObjectNode before = STORED.deepCopy();
    Projection.project(USERS, STORED, AttributeSelection.of("name.givenName", "emails"));
    assertEquals(before, STORED);
  }

  @Test
  void requestAttributes_areReturnedOnlyWhenNamed() {
    ResourceType type = withRequestAttribute();
    ObjectNode stored =
        json("{'schemas':['urn:example:Badge'],'id':'1','badge':'B1','pin':'1234'}");
    assertEquals(
        json("{'schemas':['urn:example:Badge'],'id':'1','badge':'B1'}"),
        Projection.project(type, stored, AttributeSelection.defaults()));
    assertEquals(
        json("{'schemas':['urn:example:Badge'],'id':'1','pin':'1234'}"),
        Projection.project(type, stored, AttributeSelection.of("pin", null)));
    assertFalse(AttributeSelection.defaults().wants(type, "pin"));
    assertEquals(true, AttributeSelection.of("PIN", null).wants(type, "pin"));
  }

  private static String expand(String text) {
    return text == null
        ? null
        : text.replace("WITH_ENT", WITH_ENT).replace("CORE", CORE_ONLY).replace("ENT", ENT);
  }

  private static ResourceType withRequestAttribute() {
    SchemaDef schema =
        new SchemaDef(
            "urn:example:Badge",
            "Badge",
            "test",
            List.of(attribute("badge", Returned.DEFAULT), attribute("pin", Returned.REQUEST)));
    List<AttributeDef> common = SchemaRegistry.standard().user().commonAttributes();
    return new ResourceType("Badge", "/Badges", "test", schema, List.of(), common);
  }

  private static AttributeDef attribute(String name, Returned returned) {
    return new AttributeDef(
        name,
        AttributeType.STRING,
        false,
        false,
        false,
        Mutability.READ_WRITE,
        returned,
        Uniqueness.NONE,
        List.of(),
        List.of(),
        List.of());
  }
}
