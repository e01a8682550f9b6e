package io.scimgate.scim.resource;

import static io.scimgate.scim.resource.JsonFixtures.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.AttributeType;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.Returned;
import io.scimgate.scim.schema.SchemaDef;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.scim.schema.Uniqueness;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 7644 §3.5.1: a PUT must not change an immutable value that is already set. The served schemas
 * have immutable sub-attributes only ({@code members.*}), so a test schema adds a top-level
 * immutable {@code badge} and a complex {@code device} with an immutable serial.
 */
class CheckImmutableTest {
  private static final String URN = "urn:example:Badge";
  private static final ResourceType BADGED = badgedType();
  private static final ResourceValidator VALIDATOR = new ResourceValidator(BADGED);

  @ParameterizedTest(name = "{0} -> {1}: mutability error {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{'badge':'B1'}                 | {'badge':'B1'}                 | false",
        "{'badge':'B1'}                 | {'badge':'b1'}                 | false",
        "{'badge':'B1'}                 | {'badge':'B2'}                 | true",
        "{'badge':'B1'}                 | {}                             | false",
        "{}                             | {'badge':'B2'}                 | false",
        "{'device':{'serial':'S1'}}     | {'device':{'serial':'S1'}}     | false",
        "{'device':{'serial':'S1'}}     | {'device':{'serial':'s1'}}     | true",
        "{'device':{'serial':'S1','label':'a'}} | {'device':{'serial':'S1','label':'b'}} | false",
        "{'tags':['a','b']}             | {'tags':['B','A']}             | false",
        "{'tags':['a','b']}             | {'tags':['a','c']}             | true",
        "{'tags':['a','a']}             | {'tags':['a','b']}             | true",
      })
  void immutableValues_mayBeRepeatedOrOmitted_butNotChanged(
      String existing, String replacement, boolean rejected) {
    var before = json(existing);
    var after = json(replacement);
    if (rejected) {
      assertThrows(MutabilityException.class, () -> VALIDATOR.checkImmutable(before, after));
    } else {
      assertDoesNotThrow(() -> VALIDATOR.checkImmutable(before, after));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{'value':'u1','type':'User'}] | [{'value':'u2','type':'User'}]",
        "[{'value':'u1'}]               | []",
      })
  void groupPut_replacingTheMemberList_isNotAMutabilityError(String before, String after) {
    ResourceValidator groups = new ResourceValidator(SchemaRegistry.standard().group());
    assertDoesNotThrow(() ->
        groups.checkImmutable(
            json("{'displayName':'Eng','members':" + before + "}"),
            json("{'displayName':'Eng','members':" + after + "}")));
  }

  private static ResourceType badgedType() {
    AttributeDef serial =
        attribute("serial", AttributeType.STRING, false, true, Mutability.IMMUTABLE, List.of());
    AttributeDef label =
        attribute("label", AttributeType.STRING, false, false, Mutability.READ_WRITE, List.of());
    SchemaDef schema =
        new SchemaDef(
            URN,
            "Badge",
            "test",
            List.of(
                attribute(
                    "badge", AttributeType.STRING, false, false, Mutability.IMMUTABLE, List.of()),
                attribute(
                    "tags", AttributeType.STRING, true, false, Mutability.IMMUTABLE, List.of()),
                attribute(
                    "device",
                    AttributeType.COMPLEX,
                    false,
                    false,
                    Mutability.READ_WRITE,
                    List.of(serial, label))));
    return new ResourceType("Badge", "/Badges", "test", schema, List.of(), List.of());
  }

  private static AttributeDef attribute(
      String name,
      AttributeType type,
      boolean multi,
      boolean caseExact,
      Mutability mutability,
      List<AttributeDef> subs) {
    return new AttributeDef(
        name,
        type,
        multi,
        false,
        caseExact,
        mutability,
        Returned.DEFAULT,
        Uniqueness.NONE,
        subs,
        List.of(),
        List.of());
  }
}
