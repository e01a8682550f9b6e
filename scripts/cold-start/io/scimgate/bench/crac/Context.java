package io.scimgate.bench.crac;

/** Mirrors {@code jdk.crac.Context}. */
public abstract class Context<R extends Resource> implements Resource {
  public abstract void register(R resource);
}
