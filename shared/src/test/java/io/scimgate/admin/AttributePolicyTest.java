package io.scimgate.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AttributePolicyTest {
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void noPolicy_keepsEverything() {
    Predicate<String> keep = AttributePolicy.keep(null);

    assertTrue(keep.test("title"));
    assertTrue(keep.test(ENTERPRISE + ":department"));
  }

  @Test
  void policy_keepsListedAndAlwaysKeptAttributes_dropsTheRest() {
    Predicate<String> keep = AttributePolicy.keep(AttributePolicy.canonical(List.of("title", "phonenumbers")));

    for (String kept : List.of("title", "Title", "phoneNumbers", "phoneNumbers.value", "userName", "name",
        "name.givenName", "emails", "active", "externalId", "id", "meta", "schemas",
        "urn:ietf:params:scim:schemas:core:2.0:User:title")) {
      assertTrue(keep.test(kept), kept);
    }
    for (String dropped : List.of("nickName", "addresses", "photos", ENTERPRISE, ENTERPRISE + ":department", "noSuchThing")) {
      assertFalse(keep.test(dropped), dropped);
    }
  }

  @Test
  void extensionAttributes_byFullPath_orTheWholeExtension() {
    Predicate<String> one = AttributePolicy.keep(AttributePolicy.canonical(List.of(ENTERPRISE + ":department")));
    Predicate<String> all = AttributePolicy.keep(AttributePolicy.canonical(List.of(ENTERPRISE)));

    assertTrue(one.test(ENTERPRISE + ":department"));
    assertTrue(one.test(ENTERPRISE), "the extension object is kept for its kept attribute");
    assertFalse(one.test(ENTERPRISE + ":costCenter"));
    assertTrue(all.test(ENTERPRISE + ":costCenter"));
    assertTrue(all.test(ENTERPRISE + ":manager.value"));
  }

  @Test
  void canonical_spellsAsTheSchema_dropsAlwaysKept_andRejectsUnknowns() {
    assertEquals(List.of("phoneNumbers", ENTERPRISE + ":department"),
        AttributePolicy.canonical(List.of("PHONENUMBERS", "userName", ENTERPRISE + ":Department", "phoneNumbers")));
    assertThrows(IllegalArgumentException.class, () -> AttributePolicy.canonical(List.of("favouriteColour")));
    assertThrows(IllegalArgumentException.class, () -> AttributePolicy.canonical(List.of("name.givenName")));
  }
}
