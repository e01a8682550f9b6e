package io.scimgate.scim.filter;

import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.AttributeType;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.Returned;
import io.scimgate.scim.schema.SchemaDef;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.scim.schema.Uniqueness;
import java.util.List;

/**
 * Resource types for tests, mirroring RFC 7643 §3.1 (common attributes), §4.1 (User), §4.2 (Group),
 * §4.3 (enterprise extension) and the schema representations of §8.7, independent of the served
 * schema documents.
 */
public final class TestSchemas {
  public static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER;

  private TestSchemas() {}

  public static ResourceType user() {
    SchemaDef core =
        new SchemaDef(
            SchemaRegistry.USER,
            "User",
            "User Account",
            List.of(
                string("userName").required().uniqueServer().build(),
                complex(
                    "name",
                    false,
                    string("formatted").build(),
                    string("familyName").build(),
                    string("givenName").build(),
                    string("middleName").build(),
                    string("honorificPrefix").build(),
                    string("honorificSuffix").build()),
                string("displayName").build(),
                string("nickName").build(),
                new Attr("profileUrl", AttributeType.REFERENCE).build(),
                string("title").build(),
                string("userType").build(),
                string("preferredLanguage").build(),
                string("locale").build(),
                string("timezone").build(),
                new Attr("active", AttributeType.BOOLEAN).build(),
                string("password").mutability(Mutability.WRITE_ONLY).build(),
                typedMulti("emails", AttributeType.STRING),
                typedMulti("phoneNumbers", AttributeType.STRING),
                typedMulti("ims", AttributeType.STRING),
                typedMulti("photos", AttributeType.REFERENCE),
                complex(
                    "addresses",
                    true,
                    string("formatted").build(),
                    string("streetAddress").build(),
                    string("locality").build(),
                    string("region").build(),
                    string("postalCode").build(),
                    string("country").build(),
                    string("type").build(),
                    new Attr("primary", AttributeType.BOOLEAN).build()),
                new Attr("groups", AttributeType.COMPLEX)
                    .multi()
                    .mutability(Mutability.READ_ONLY)
                    .subs(
                        string("value").mutability(Mutability.READ_ONLY).build(),
                        new Attr("$ref", AttributeType.REFERENCE)
                            .mutability(Mutability.READ_ONLY)
                            .build(),
                        string("display").mutability(Mutability.READ_ONLY).build(),
                        string("type").mutability(Mutability.READ_ONLY).build())
                    .build(),
                typedMulti("entitlements", AttributeType.STRING),
                typedMulti("roles", AttributeType.STRING),
                typedMulti("x509Certificates", AttributeType.BINARY)));
    SchemaDef enterprise =
        new SchemaDef(
            ENTERPRISE,
            "EnterpriseUser",
            "Enterprise User",
            List.of(
                string("employeeNumber").build(),
                string("costCenter").build(),
                string("organization").build(),
                string("division").build(),
                string("department").build(),
                complex(
                    "manager",
                    false,
                    string("value").build(),
                    new Attr("$ref", AttributeType.REFERENCE).build(),
                    string("displayName").mutability(Mutability.READ_ONLY).build())));
    return new ResourceType("User", "/Users", "User Account", core, List.of(enterprise), common());
  }

  public static ResourceType group() {
    SchemaDef core =
        new SchemaDef(
            SchemaRegistry.GROUP,
            "Group",
            "Group",
            List.of(
                string("displayName").required().uniqueServer().build(),
                new Attr("members", AttributeType.COMPLEX)
                    .multi()
                    .subs(
                        string("value").mutability(Mutability.IMMUTABLE).build(),
                        new Attr("$ref", AttributeType.REFERENCE)
                            .mutability(Mutability.IMMUTABLE)
                            .build(),
                        string("display").mutability(Mutability.IMMUTABLE).build(),
                        string("type").mutability(Mutability.IMMUTABLE).build())
                    .build()));
    return new ResourceType("Group", "/Groups", "Group", core, List.of(), common());
  }

  private static List<AttributeDef> common() {
    return List.of(
        string("id").caseExact().mutability(Mutability.READ_ONLY).uniqueServer().build(),
        string("externalId").caseExact().build(),
        new Attr("meta", AttributeType.COMPLEX)
            .mutability(Mutability.READ_ONLY)
            .subs(
                string("resourceType").caseExact().mutability(Mutability.READ_ONLY).build(),
                new Attr("created", AttributeType.DATE_TIME)
                    .mutability(Mutability.READ_ONLY)
                    .build(),
                new Attr("lastModified", AttributeType.DATE_TIME)
                    .mutability(Mutability.READ_ONLY)
                    .build(),
                new Attr("location", AttributeType.REFERENCE)
                    .caseExact()
                    .mutability(Mutability.READ_ONLY)
                    .build(),
                string("version").caseExact().mutability(Mutability.READ_ONLY).build())
            .build());
  }

  /** The RFC 7643 §2.4 shape: value, display, type, primary. */
  private static AttributeDef typedMulti(String name, AttributeType valueType) {
    return complex(
        name,
        true,
        new Attr("value", valueType).build(),
        string("display").build(),
        string("type").build(),
        new Attr("primary", AttributeType.BOOLEAN).build());
  }

  private static AttributeDef complex(String name, boolean multi, AttributeDef... subs) {
    Attr a = new Attr(name, AttributeType.COMPLEX).subs(subs);
    return (multi ? a.multi() : a).build();
  }

  private static Attr string(String name) {
    return new Attr(name, AttributeType.STRING);
  }

  /** A small builder so the fixtures read like the RFC's schema tables. */
  private static final class Attr {
    private final String name;
    private final AttributeType type;
    private boolean multi;
    private boolean required;
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private List<AttributeDef> subs = List.of();

    Attr(String name, AttributeType type) {
      this.name = name;
      this.type = type;
    }

    Attr multi() {
      multi = true;
      return this;
    }

    Attr required() {
      required = true;
      return this;
    }

    Attr caseExact() {
      caseExact = true;
      return this;
    }

    Attr uniqueServer() {
      uniqueness = Uniqueness.SERVER;
      return this;
    }

    Attr mutability(Mutability m) {
      mutability = m;
      return this;
    }

    Attr subs(AttributeDef... defs) {
      subs = List.of(defs);
      return this;
    }

    AttributeDef build() {
      Returned returned = mutability == Mutability.WRITE_ONLY ? Returned.NEVER : Returned.DEFAULT;
      return new AttributeDef(
          name,
          type,
          multi,
          required,
          caseExact,
          mutability,
          returned,
          uniqueness,
          subs,
          List.of(),
          List.of());
    }
  }
}
