package io.scimgate.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SCIM_TENANT follows the same rule as the admin API and the SCIM front door (auth/TenantIds): a
 * tenant the runner would provision but every request would refuse must not start.
 */
class ConfigTenantTest {

  @Test
  void tooShortTenant_isRefusedAtStart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Config.fromEnvironment(Map.of("SCIM_TENANT", "ab")));
    assertTrue(e.getMessage().contains("3-63"), e.getMessage());
  }

  @Test
  void threeCharacterTenant_starts() {
    assertEquals("abc", Config.fromEnvironment(Map.of("SCIM_TENANT", "abc")).tenant());
  }
}
