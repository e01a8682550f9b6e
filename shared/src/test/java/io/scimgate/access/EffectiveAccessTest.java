package io.scimgate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveAccessTest {
  private static final RoleLadder ROLES = RoleLadder.DEFAULT;

  @Test
  void noGroupsNoDefaults_noGrants() {
    UserAccess access = EffectiveAccess.of("u1", true, true, ROLES, List.of(), Map.of());

    assertEquals(List.of(), access.grants());
    assertEquals(List.of(), access.pendingGrants());
  }

  @Test
  void twoGroupsSameCommunity_highestRoleWins_namingOnlyTheGroupsThatGiveIt() {
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            true,
            true,
            ROLES,
            List.of(),
            Map.of(
                "g-readers", List.of(new Grant("sales", "reader")),
                "g-admins", List.of(new Grant("sales", "admin")),
                "g-admins-2", List.of(new Grant("sales", "admin"))));

    assertEquals(
        List.of(new CommunityAccess("sales", "admin", List.of("g-admins", "g-admins-2"), false)),
        access.grants());
  }

  @Test
  void defaultGrant_mergedWithGroupGrants_highestWins() {
    List<Grant> defaults = List.of(new Grant("news", "reader"), new Grant("sales", "contributor"));
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            true,
            true,
            ROLES,
            defaults,
            Map.of("g1", List.of(new Grant("news", "admin"), new Grant("sales", "reader"))));

    assertEquals(
        List.of(
            new CommunityAccess("news", "admin", List.of("g1"), false),
            new CommunityAccess("sales", "contributor", List.of(), true)),
        access.grants());
  }

  @Test
  void defaultAndGroupGiveTheSameRole_bothNamed() {
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            true,
            true,
            ROLES,
            List.of(new Grant("news", "reader")),
            Map.of("g1", List.of(new Grant("news", "reader"))));

    assertEquals(
        List.of(new CommunityAccess("news", "reader", List.of("g1"), true)), access.grants());
  }

  @Test
  void defaultGrantsApplyWithoutAnyGroup() {
    UserAccess access =
        EffectiveAccess.of("u1", true, true, ROLES, List.of(new Grant("news", "reader")), Map.of());

    assertEquals(List.of(new CommunityAccess("news", "reader", List.of(), true)), access.grants());
  }

  @Test
  void inactiveUser_hasNoGrantsAndNothingPending() {
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            false,
            true,
            ROLES,
            List.of(new Grant("news", "reader")),
            Map.of("g1", List.of(new Grant("sales", "admin"))));

    assertFalse(access.active());
    assertEquals(List.of(), access.grants());
    assertEquals(List.of(), access.pendingGrants());
  }

  @Test
  void syncOff_grantsAreOnlyPending() {
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            true,
            false,
            ROLES,
            List.of(),
            Map.of("g1", List.of(new Grant("sales", "admin"))));

    assertEquals(List.of(), access.grants());
    assertEquals(
        List.of(new CommunityAccess("sales", "admin", List.of("g1"), false)),
        access.pendingGrants());
  }

  @Test
  void customLadder_ordersRolesAsTheTenantSays() {
    RoleLadder ladder = new RoleLadder(List.of("member", "owner"));
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            true,
            true,
            ladder,
            List.of(),
            Map.of("a", List.of(new Grant("x", "owner")), "b", List.of(new Grant("x", "member"))));

    assertEquals("owner", access.grants().get(0).role());
  }

  @Test
  void grantWithARoleTheTenantNoLongerHas_isIgnored() {
    UserAccess access =
        EffectiveAccess.of(
            "u1", true, true, ROLES, List.of(), Map.of("g1", List.of(new Grant("x", "superuser"))));

    assertTrue(access.grants().isEmpty());
  }

  @Test
  void communitiesAreSortedAndEachAppearsOnce() {
    UserAccess access =
        EffectiveAccess.of(
            "u1",
            true,
            true,
            ROLES,
            List.of(new Grant("b", "reader")),
            Map.of(
                "g1",
                List.of(
                    new Grant("c", "reader"), new Grant("a", "reader"), new Grant("b", "admin"))));

    assertEquals(
        List.of("a", "b", "c"), access.grants().stream().map(CommunityAccess::community).toList());
  }

  @Test
  void ladderRejectsEmptyOrRepeatedRoles() {
    assertThrows(IllegalArgumentException.class, () -> new RoleLadder(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new RoleLadder(List.of("a", "a")));
  }
}
