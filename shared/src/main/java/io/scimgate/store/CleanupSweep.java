package io.scimgate.store;

/**
 * The scheduled side of deletes: finishes the membership cleanups that group and user deletes left
 * pending (a huge group may not drain inside one request). Readers never see those memberships
 * meanwhile; a sweep only reclaims the items.
 */
public interface CleanupSweep {
  /** Works through pending cleanups of every tenant within the budget; returns how many remain. */
  int sweep(int budgetMillis);
}
