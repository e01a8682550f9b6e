package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AttributePolicyTest {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void noPolicy_keepsEverything() {
    Predicate<String> keep = AttributePolicy.keep(null);

    assertTrue(keep.test("title"));
    assertTrue(keep.test(ENTERPRISE));
  }

  @Test
  void policy_keepsListedAndAlwaysKeptAttributes_dropsTheRest() {
    Predicate<String> keep =
        AttributePolicy.keep(AttributePolicy.canonical(List.of("title", "phonenumbers")));

    for (String kept :
        List.of(
            "title",
            "Title",
            "phoneNumbers",
            "userName",
            "name",
            "emails",
            "active",
            "externalId",
            "id",
            "meta",
            "schemas",
            "urn:ietf:params:scim:schemas:core:2.0:User:title")) {
      assertTrue(keep.test(kept), kept);
    }
    for (String dropped : List.of("nickName", "addresses", "photos", ENTERPRISE, "noSuchThing")) {
      assertFalse(keep.test(dropped), dropped);
    }
  }

  @Test
  void extensions_areKeptWhole() {
    Predicate<String> keep =
        AttributePolicy.keep(AttributePolicy.canonical(List.of(ENTERPRISE.toUpperCase())));

    assertTrue(keep.test(ENTERPRISE));
    assertFalse(keep.test("title"));
  }

  @Test
  void canonical_spellsAsTheSchema_dropsAlwaysKept_andRejectsEverythingElse() {
    assertEquals(
        List.of("phoneNumbers", ENTERPRISE),
        AttributePolicy.canonical(List.of("PHONENUMBERS", "userName", ENTERPRISE, "phoneNumbers")));
    for (String bad :
        List.of("favouriteColour", "name.givenName", ENTERPRISE + ":department", "")) {
      assertThrows(
          IllegalArgumentException.class, () -> AttributePolicy.canonical(List.of(bad)), bad);
    }
  }
}
