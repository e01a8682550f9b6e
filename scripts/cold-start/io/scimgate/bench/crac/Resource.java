package io.scimgate.bench.crac;

/** Mirrors {@code jdk.crac.Resource}, the shape org.crac looks for in a runtime's CRaC package. */
public interface Resource {
  void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

  void afterRestore(Context<? extends Resource> context) throws Exception;
}
