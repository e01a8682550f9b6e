package io.scimgate.scim.resource;

import static io.scimgate.scim.resource.JsonFixtures.json;
import static io.scimgate.scim.resource.JsonFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidSyntaxException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST/PUT body normalisation, RFC 7643 §2 and RFC 7644 §3.3, with what Okta and Entra send. */
class ResourceValidatorTest {
  private static final String USER = "'schemas':['urn:ietf:params:scim:schemas:core:2.0:User']";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String GROUP = "'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group']";

  private final ResourceValidator users = new ResourceValidator(SchemaRegistry.standard().user());
  private final ResourceValidator groups = new ResourceValidator(SchemaRegistry.standard().group());

  @Test
  void oktaCreateUser_keepsProfile_dropsPasswordAndEmptyGroups() {
    ObjectNode body =
        json(
            """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],
             'userName':'isabella@example.com',
             'name':{'givenName':'Isabella','familyName':'Example'},
             'emails':[{'primary':true,'value':'isabella@example.com','type':'work'}],
             'displayName':'Isabella Example','locale':'en-US','externalId':'00ujl29u0le5T6Aj10h7',
             'groups':[],'password':'1mz050nq','active':true}\
            """);
    assertEquals(
        json(
            """
            {'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],
             'externalId':'00ujl29u0le5T6Aj10h7',
             'userName':'isabella@example.com',
             'name':{'familyName':'Example','givenName':'Isabella'},
             'displayName':'Isabella Example','locale':'en-US','active':true,
             'emails':[{'value':'isabella@example.com','type':'work','primary':true}]}\
            """),
        users.normalize(body));
  }

  @Test
  void normalize_returnsANewObject_andLeavesTheBodyAsSent() {
    ObjectNode body = json("{" + USER + ",'USERNAME':'a','password':'p'}");
    ObjectNode copy = body.deepCopy();
    users.normalize(body);
    assertEquals(copy, body);
  }

  @Test
  void attributeNames_areCaseInsensitive_andComeBackInSchemaSpelling() {
    ObjectNode out =
        users.normalize(
            json(
                "{'SCHEMAS':['URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER'],'USERNAME':'bjensen',"
                    + "'Name':{'GIVENNAME':'Barbara'},'emails':[{'VALUE':'b@example.com','Primary':true}],"
                    + "'ExternalID':'x1','ACTIVE':false}"));
    assertEquals(
        json(
            "{"
                + USER
                + ",'externalId':'x1','userName':'bjensen','name':{'givenName':'Barbara'},"
                + "'active':false,'emails':[{'value':'b@example.com','primary':true}]}"),
        out);
  }

  @Test
  void urnQualifiedAndDottedCoreNames_areAccepted() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'urn:ietf:params:scim:schemas:core:2.0:User:userName':'bjensen',"
                    + "'name':{'familyName':'Jensen'},'name.givenName':'Barbara'}"));
    assertEquals(json("{'familyName':'Jensen','givenName':'Barbara'}"), out.get("name"));
    assertEquals("bjensen", out.get("userName").asText());
  }

  @ParameterizedTest(name = "active \"{0}\" -> {1}")
  @CsvSource({"True, true", "False, false", "TRUE, true", "false, false", "tRuE, true"})
  void entraBooleanStrings_becomeBooleans(String sent, boolean stored) {
    ObjectNode out = users.normalize(json("{" + USER + ",'userName':'u','active':'" + sent + "'}"));
    assertEquals(stored, out.get("active").booleanValue());
    assertEquals(true, out.get("active").isBoolean());
  }

  @Test
  void entraBooleanString_onPrimary_countsAsPrimary() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'userName':'u','emails':[{'value':'a@x','primary':'True'},"
                    + "{'value':'b@x','primary':'False'}]}"));
    assertEquals(true, out.at("/emails/0/primary").booleanValue());
    assertEquals(false, out.at("/emails/1/primary").booleanValue());
  }

  @Test
  void twoPrimaryValues_areRejected() {
    ObjectNode body =
        json(
            "{"
                + USER
                + ",'userName':'u','emails':[{'value':'a@x','primary':true},"
                + "{'value':'b@x','primary':'True'}]}");
    assertThrows(InvalidValueException.class, () -> users.normalize(body));
  }

  @Test
  void multiValuedValues_keepTheOrderSent() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'userName':'u','phoneNumbers':[{'value':'3','type':'fax'},"
                    + "{'value':'1','type':'work'},{'value':'2','type':'mobile'}]}"));
    assertEquals("3", out.at("/phoneNumbers/0/value").asText());
    assertEquals("1", out.at("/phoneNumbers/1/value").asText());
    assertEquals("2", out.at("/phoneNumbers/2/value").asText());
  }

  @Test
  void readOnlyAttributes_areIgnored() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'id':'forged','userName':'u','meta':{'resourceType':'User'},"
                    + "'groups':[{'value':'g1','display':'Admins'}]}"));
    assertEquals(json("{" + USER + ",'userName':'u'}"), out);
  }

  @Test
  void password_isNeverKept() {
    ObjectNode out = users.normalize(json("{" + USER + ",'userName':'u','PassWord':'s3cret'}"));
    assertFalse(out.has("password"));
    assertFalse(out.toString().contains("s3cret"));
  }

  @Test
  void nullsAndEmptyValues_areUnassigned() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'userName':'u','nickName':null,'emails':[],'name':{},"
                    + "'phoneNumbers':[null],'addresses':[{'type':null}],'"
                    + ENTERPRISE
                    + "':null}"));
    assertEquals(json("{" + USER + ",'userName':'u'}"), out);
  }

  @Test
  void unknownAttributesAndSubAttributes_areIgnored() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'userName':'u','costumeSize':'L',"
                    + "'urn:ietf:params:scim:schemas:extension:acme:2.0:User:badge':'7',"
                    + "'urn:ietf:params:scim:schemas:extension:acme:2.0:User':{'badge':'7'},"
                    + "'emails':[{'value':'a@x','verified':true}]}"));
    assertEquals(json("{" + USER + ",'userName':'u','emails':[{'value':'a@x'}]}"), out);
  }

  @Test
  void enterpriseExtension_nested() {
    ObjectNode out =
        users.normalize(
            json(
                "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                    + ENTERPRISE
                    + "'],"
                    + "'userName':'u','"
                    + ENTERPRISE
                    + "':{'EmployeeNumber':'701984',"
                    + "'manager':{'value':'m1','displayName':'Boss'}}}"));
    assertEquals(
        json(
            "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                + ENTERPRISE
                + "'],"
                + "'userName':'u','"
                + ENTERPRISE
                + "':{'employeeNumber':'701984','manager':{'value':'m1'}}}"),
        out);
  }

  @Test
  void enterpriseExtension_flatUrnKeys_andBareManagerId_asEntraSendsThem() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'userName':'u',"
                    + "'"
                    + ENTERPRISE
                    + ":employeeNumber':'701984',"
                    + "'"
                    + ENTERPRISE
                    + ":department':'Tour Operations',"
                    + "'"
                    + ENTERPRISE
                    + ":manager':'m1'}"));
    assertEquals(
        json(
            "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                + ENTERPRISE
                + "'],"
                + "'userName':'u','"
                + ENTERPRISE
                + "':{'employeeNumber':'701984',"
                + "'department':'Tour Operations','manager':{'value':'m1'}}}"),
        out);
  }

  @Test
  void enterpriseExtension_flatAndNestedKeys_merge() {
    ObjectNode out =
        users.normalize(
            json(
                "{"
                    + USER
                    + ",'userName':'u','"
                    + ENTERPRISE.toUpperCase()
                    + "':{'costCenter':'4130'},"
                    + "'"
                    + ENTERPRISE
                    + ":division':'Theme Park'}"));
    assertEquals(json("{'costCenter':'4130','division':'Theme Park'}"), out.get(ENTERPRISE));
  }

  @Test
  void schemas_listsOnlyTheExtensionsThatCarryAValue() {
    ObjectNode out =
        users.normalize(
            json(
                "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User','"
                    + ENTERPRISE
                    + "'],"
                    + "'userName':'u','"
                    + ENTERPRISE
                    + "':{'manager':{'displayName':'readOnly'}}}"));
    assertEquals(json("{" + USER + ",'userName':'u'}"), out);
  }

  @Test
  void entraGroup_withUnknownSchemaUrn_isAccepted_andTheUrnDropped() {
    ObjectNode out =
        groups.normalize(
            json(
                "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group',"
                    + "'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/Group'],"
                    + "'externalId':'8aa1a0c0','displayName':'Group1','members':[]}"));
    assertEquals(json("{" + GROUP + ",'externalId':'8aa1a0c0','displayName':'Group1'}"), out);
  }

  @Test
  void oktaGroupMembers_dropReadOnlyDisplay_andKeepValue() {
    ObjectNode out =
        groups.normalize(
            json(
                "{"
                    + GROUP
                    + ",'displayName':'Eng','members':[{'value':'u1','display':'Ann'},"
                    + "{'value':'u2','display':'Bob','type':'User','$ref':null}]}"));
    assertEquals(parse("[{'value':'u1'},{'value':'u2','type':'User'}]"), out.get("members"));
  }

  @Test
  void member_withoutValue_isRejected() {
    ObjectNode body = json("{" + GROUP + ",'displayName':'Eng','members':[{'type':'User'}]}");
    assertThrows(InvalidValueException.class, () -> groups.normalize(body));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "'text'", "null", "42"})
  void bodyThatIsNotAnObject_isInvalidSyntax(String body) {
    JsonNode node = parse(body);
    assertThrows(InvalidSyntaxException.class, () -> users.normalize(node));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{'userName':'u'}",
        "{'schemas':[],'userName':'u'}",
        "{'schemas':['urn:ietf:params:scim:schemas:core:2.0:Group'],'userName':'u'}",
        "{'schemas':[42],'userName':'u'}"
      })
  void bodyWithoutTheCoreSchema_isInvalidSyntax(String body) {
    ObjectNode node = json(body);
    assertThrows(InvalidSyntaxException.class, () -> users.normalize(node));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'active':'yes'",
        "'active':1",
        "'emails':{'value':'a@x'}",
        "'emails':['a@x']",
        "'name':'Barbara Jensen'",
        "'name':{'givenName':['Barbara']}",
        "'displayName':true",
        "'displayName':{'x':1}",
        "'profileUrl':5",
        "'x509Certificates':[{'value':'not base64!'}]",
        "'userName':''",
        "'userName':'   '",
        "'userName':null",
      })
  void wrongTypesAndMissingRequiredValues_areInvalidValue(String attribute) {
    ObjectNode body = json("{" + USER + ",'userName':'u'," + attribute + "}");
    assertThrows(InvalidValueException.class, () -> users.normalize(body));
  }

  @Test
  void missingUserName_isInvalidValue() {
    assertThrows(
        InvalidValueException.class,
        () -> users.normalize(json("{" + USER + ",'displayName':'x'}")));
  }

  @Test
  void missingGroupDisplayName_isInvalidValue() {
    assertThrows(
        InvalidValueException.class, () -> groups.normalize(json("{" + GROUP + ",'members':[]}")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "'userName':123",
        "'userName':1.5e400",
        "'userName':'u','displayName':-0",
        "'userName':'u','ENT:employeeNumber':701984",
        "'userName':'u','name':{'givenName':1}",
        "'userName':'u','emails':[{'value':12}]",
        "'userName':'u','ENT':{'department':1.0}"
      })
  void numberForAStringAttribute_isInvalidValueNamingTheAttribute(String fields) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                users.normalize(json("{" + USER + "," + fields.replace("ENT", ENTERPRISE) + "}")));
    assertTrue(e.detail().contains("must be a string"), e.detail());
  }

  @ParameterizedTest(name = "{0} x {1} bytes each -> rejected: {2}")
  @CsvSource({
    "a, 512, false",
    "a, 513, true",
    "€, 170, false",
    "€, 171, true",
    "😀, 128, false",
    "😀, 129, true"
  })
  void userName_isCappedAt512Utf8Bytes_becauseItIsAKey(String unit, int count, boolean rejected) {
    ObjectNode body = json("{" + USER + "}").put("userName", unit.repeat(count));
    if (rejected) {
      assertThrows(InvalidValueException.class, () -> users.normalize(body));
    } else {
      assertEquals(unit.repeat(count), users.normalize(body).get("userName").textValue());
    }
  }

  @Test
  void keyAttributes_areCapped_otherStringsHaveRoom() {
    String long600 = "x".repeat(600);
    users.normalize(json("{" + USER + ",'userName':'u'}").put("displayName", long600));
    assertThrows(
        InvalidValueException.class,
        () -> users.normalize(json("{" + USER + ",'userName':'u'}").put("externalId", long600)));
    assertThrows(
        InvalidValueException.class,
        () -> groups.normalize(json("{" + GROUP + "}").put("displayName", long600)));
    assertThrows(
        InvalidValueException.class,
        () ->
            users.normalize(json("{" + USER + ",'userName':'u'}").put("title", "x".repeat(4097))));
  }

  @Test
  void attributePolicy_dropsOptionalAttributesTheTenantDoesNotStore() {
    ObjectNode body =
        json(
            "{"
                + USER
                + ",'userName':'u','externalId':'e','name':{'givenName':'A'},'active':true,"
                + "'emails':[{'value':'a@x'}],'title':'CTO','nickName':'Al','locale':'en-US',"
                + "'"
                + ENTERPRISE
                + ":department':'R&D'}");
    Set<String> stored = Set.of("title");
    ObjectNode out = users.normalize(body, stored::contains);
    assertEquals(
        json(
            "{"
                + USER
                + ",'externalId':'e','userName':'u','name':{'givenName':'A'},'title':'CTO',"
                + "'active':true,'emails':[{'value':'a@x'}]}"),
        out);
    ObjectNode withEnterprise = users.normalize(body, Set.of(ENTERPRISE)::contains);
    assertEquals("R&D", withEnterprise.path(ENTERPRISE).path("department").asText());
    assertEquals(ENTERPRISE, withEnterprise.at("/schemas/1").asText());
  }

  @Test
  void attributePolicy_alwaysKeepsGroupMembers() {
    ObjectNode out =
        groups.normalize(
            json("{" + GROUP + ",'displayName':'Eng','members':[{'value':'u1'}]}"), name -> false);
    assertEquals(parse("[{'value':'u1'}]"), out.get("members"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2024-05-13T04:42:34Z", "2024-05-13T04:42:34.123+02:00", "2024-05-13T04:42:34"})
  void dateTimeValues_acceptXsdDateTime(String value) {
    // No served attribute a client may write is a dateTime; meta.created is readOnly. Check the
    // type rule directly.
    AttributeValues values = new AttributeValues(new ValueLimits(SchemaRegistry.standard().user()));
    var created = SchemaRegistry.standard().user().resolve("meta.created").orElseThrow().leaf();
    assertEquals(
        value, values.normalize(created, parse("'" + value + "'"), "meta.created").textValue());
    assertThrows(
        InvalidValueException.class,
        () -> values.normalize(created, parse("'13/05/2024'"), "meta.created"));
  }
}
