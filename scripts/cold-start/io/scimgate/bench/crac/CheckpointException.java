package io.scimgate.bench.crac;

/** Mirrors {@code jdk.crac.CheckpointException}. */
public class CheckpointException extends Exception {
  private static final long serialVersionUID = 1L;
}
