package io.scimgate.scim.endpoint;

/** Limits the service enforces and advertises; one place so discovery never disagrees. */
public final class ServiceLimits {
  /** The most resources one list or search returns ({@code filter.maxResults}). */
  public static final int MAX_RESULTS = 1000;

  private ServiceLimits() {}
}
