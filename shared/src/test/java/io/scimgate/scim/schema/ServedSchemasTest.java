package io.scimgate.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The served schema documents are complete RFC 7643 §7 definitions and load into the model. */
class ServedSchemasTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
  private static final List<String> CHARACTERISTICS =
      List.of(
          "name",
          "type",
          "multiValued",
          "description",
          "required",
          "caseExact",
          "mutability",
          "returned",
          "uniqueness");

  @Test
  void everyDocument_hasTheSchemaResourceShape() {
    assertEquals(3, REGISTRY.schemaDocuments().size());
    for (JsonNode doc : REGISTRY.schemaDocuments()) {
      assertEquals(
          "urn:ietf:params:scim:schemas:core:2.0:Schema", doc.path("schemas").path(0).asText());
      for (String field : List.of("id", "name", "description")) {
        assertFalse(doc.path(field).asText().isBlank(), field + " of " + doc.path("id"));
      }
      assertTrue(doc.path("attributes").isArray() && !doc.path("attributes").isEmpty());
      assertEquals("Schema", doc.path("meta").path("resourceType").asText());
      assertTrue(
          doc.path("meta")
              .path("location")
              .asText()
              .endsWith("/Schemas/" + doc.path("id").asText()));
    }
  }

  @Test
  void everyAttribute_declaresEveryCharacteristic() {
    List<JsonNode> all = new ArrayList<>();
    REGISTRY.schemaDocuments().forEach(d -> collect(d.path("attributes"), all));
    for (JsonNode a : all) {
      String where = a.path("name").asText();
      for (String c : CHARACTERISTICS) {
        assertTrue(a.has(c), where + " lacks " + c);
      }
      String type = a.path("type").asText();
      assertEquals(type.equals("complex"), a.has("subAttributes"), where + " subAttributes");
      assertEquals(type.equals("reference"), a.has("referenceTypes"), where + " referenceTypes");
      WireNames.parse(AttributeType.class, type);
      WireNames.parse(Mutability.class, a.path("mutability").asText());
      WireNames.parse(Returned.class, a.path("returned").asText());
      WireNames.parse(Uniqueness.class, a.path("uniqueness").asText());
    }
  }

  private static void collect(JsonNode attributes, List<JsonNode> into) {
    for (JsonNode a : attributes) {
      into.add(a);
      collect(a.path("subAttributes"), into);
    }
  }

  @Test
  void user_hasEveryRfc7643Section4_1Attribute() {
    assertEquals(
        List.of(
            "userName",
            "name",
            "displayName",
            "nickName",
            "profileUrl",
            "title",
            "userType",
            "preferredLanguage",
            "locale",
            "timezone",
            "active",
            "password",
            "emails",
            "phoneNumbers",
            "ims",
            "photos",
            "addresses",
            "groups",
            "entitlements",
            "roles",
            "x509Certificates"),
        names(REGISTRY.user().schema().attributes()));
    assertEquals(
        List.of(
            "employeeNumber", "costCenter", "organization", "division", "department", "manager"),
        names(REGISTRY.user().extensions().get(0).attributes()));
    assertEquals(List.of("displayName", "members"), names(REGISTRY.group().schema().attributes()));
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("characteristics")
  void attribute_hasTheCharacteristicsTheServiceRelies(
      String type, String path, Mutability mutability, Returned returned, boolean required) {
    ResourceType rt = type.equals("User") ? REGISTRY.user() : REGISTRY.group();
    AttributeDef def = rt.resolve(path).orElseThrow().leaf();
    assertEquals(mutability, def.mutability());
    assertEquals(returned, def.returned());
    assertEquals(required, def.required());
  }

  static Stream<Arguments> characteristics() {
    String ent = SchemaRegistry.ENTERPRISE_USER;
    return Stream.of(
        Arguments.of("User", "id", Mutability.READ_ONLY, Returned.ALWAYS, false),
        Arguments.of("User", "userName", Mutability.READ_WRITE, Returned.DEFAULT, true),
        Arguments.of("User", "password", Mutability.WRITE_ONLY, Returned.NEVER, false),
        Arguments.of("User", "groups", Mutability.READ_ONLY, Returned.DEFAULT, false),
        Arguments.of("User", "groups.value", Mutability.READ_ONLY, Returned.DEFAULT, false),
        Arguments.of("User", "meta", Mutability.READ_ONLY, Returned.DEFAULT, false),
        Arguments.of(
            "User", ent + ":manager.displayName", Mutability.READ_ONLY, Returned.DEFAULT, false),
        Arguments.of("Group", "displayName", Mutability.READ_WRITE, Returned.DEFAULT, true),
        Arguments.of("Group", "members.value", Mutability.IMMUTABLE, Returned.DEFAULT, true),
        Arguments.of("Group", "members.$ref", Mutability.IMMUTABLE, Returned.DEFAULT, false),
        Arguments.of("Group", "members.type", Mutability.IMMUTABLE, Returned.DEFAULT, false),
        Arguments.of("Group", "members.display", Mutability.READ_ONLY, Returned.DEFAULT, false));
  }

  @Test
  void uniqueAttributes_areServerUnique() {
    assertEquals(
        Uniqueness.SERVER, REGISTRY.user().resolve("userName").orElseThrow().leaf().uniqueness());
    assertEquals(
        Uniqueness.SERVER,
        REGISTRY.group().resolve("displayName").orElseThrow().leaf().uniqueness());
    assertEquals(
        Uniqueness.SERVER, REGISTRY.group().resolve("id").orElseThrow().leaf().uniqueness());
    // Enforced by the stores (409), a deliberate deviation from RFC 7643 §3.1: docs/users.md.
    assertEquals(
        Uniqueness.SERVER, REGISTRY.user().resolve("externalId").orElseThrow().leaf().uniqueness());
  }

  @Test
  void members_typeAllowsOnlyUsers_becauseNestedGroupsAreNotSupported() {
    AttributeDef type = REGISTRY.group().resolve("members.type").orElseThrow().leaf();
    assertEquals(List.of("User"), type.canonicalValues());
    assertEquals(
        List.of("User"),
        REGISTRY.group().resolve("members.$ref").orElseThrow().leaf().referenceTypes());
  }

  @Test
  void multiValuedTypes_carryTheRfcCanonicalValues() {
    ResourceType user = REGISTRY.user();
    assertEquals(
        List.of("work", "home", "other"),
        user.resolve("emails.type").orElseThrow().leaf().canonicalValues());
    assertEquals(
        List.of("work", "home", "mobile", "fax", "pager", "other"),
        user.resolve("phoneNumbers.type").orElseThrow().leaf().canonicalValues());
    assertEquals(
        List.of("photo", "thumbnail"),
        user.resolve("photos.type").orElseThrow().leaf().canonicalValues());
    assertEquals(
        AttributeType.BINARY, user.resolve("x509Certificates.value").orElseThrow().leaf().type());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCanonicalPath")
  void everyCanonicalName_resolves_plainUpperCasedAndUrnQualified(
      String type, String urn, String path) {
    ResourceType rt = type.equals("User") ? REGISTRY.user() : REGISTRY.group();
    boolean core = urn.equals(rt.schema().id());
    if (core) {
      assertTrue(rt.resolve(path).isPresent(), path);
      assertTrue(rt.resolve(path.toUpperCase(Locale.ROOT)).isPresent(), path);
    }
    ResourceType.ResolvedAttribute qualified = rt.resolve(urn + ":" + path).orElseThrow();
    assertEquals(urn, qualified.schema().id());
    String last = path.substring(path.lastIndexOf('.') + 1);
    assertEquals(last, qualified.leaf().name());
  }

  static Stream<Arguments> everyCanonicalPath() {
    List<Arguments> out = new ArrayList<>();
    for (ResourceType rt : REGISTRY.resourceTypes()) {
      List<SchemaDef> schemas = new ArrayList<>(List.of(rt.schema()));
      schemas.addAll(rt.extensions());
      for (SchemaDef s : schemas) {
        for (AttributeDef a : s.attributes()) {
          out.add(Arguments.of(rt.name(), s.id(), a.name()));
          a.subAttributes()
              .forEach(
                  sub -> out.add(Arguments.of(rt.name(), s.id(), a.name() + "." + sub.name())));
        }
      }
    }
    return out.stream();
  }

  private static List<String> names(List<AttributeDef> attributes) {
    return attributes.stream().map(AttributeDef::name).toList();
  }
}
