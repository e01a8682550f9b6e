package io.scimgate.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {
  @Test
  void emptyOrUnsetMeansDerivedFromTheRequest() {
    assertSame(PublicBaseUrl.derived(), PublicBaseUrl.of(null));
    assertSame(PublicBaseUrl.derived(), PublicBaseUrl.of(""));
    assertSame(PublicBaseUrl.derived(), PublicBaseUrl.of("  "));
    assertTrue(PublicBaseUrl.derived().scimBase("acme").isEmpty());
  }

  @Test
  void aCustomDomainWithABasePath_prefixesTheTenantBase() {
    PublicBaseUrl url = PublicBaseUrl.of("https://scim.example.com/v1");

    assertEquals(
        Optional.of("https://scim.example.com/v1/tenants/acme/scim/v2"), url.scimBase("acme"));
  }

  @Test
  void oneTrailingSlashIsDropped() {
    assertEquals(
        Optional.of("https://scim.example.com/tenants/t1/scim/v2"),
        PublicBaseUrl.of("https://scim.example.com/").scimBase("t1"));
  }

  @Test
  void anythingButAnAbsoluteWebUrlIsRefused() {
    for (String bad :
        new String[] {
          "scim.example.com/v1",
          "ftp://scim.example.com",
          "https://scim.example.com/v1?x=1",
          "https://scim.example.com/#top",
          "https://",
          "https://user:pw@scim.example.com",
          "https://exa mple.com"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PublicBaseUrl.of(bad), bad);
      assertTrue(e.getMessage().contains(PublicBaseUrl.VARIABLE), e.getMessage());
    }
  }
}
