package io.scimgate.feed;

/**
 * The scheduled side of changes that touch many users (grants, roles, default grants, sync, a
 * granting group's delete): publishes their pending {@code access.changed} fan-outs.
 */
public interface FanOutSweep {
  /** Works through pending fan-outs of every tenant within the budget; returns how many remain. */
  int sweep(int budgetMillis);
}
