package io.scimgate.store.dynamo;

/**
 * One kind of item a tenant owns, with the bounded way to find all of them: a Query on a partition
 * whose key starts with the tenant's prefix, never a scan. {@link EraseFamilies} lists them in
 * erase order; {@link EraseRun} does the paging, deleting and bookkeeping.
 */
interface EraseFamily {
  /** The name progress is reported under ({@code users}, {@code memberships}, …). */
  String name();

  /**
   * Deletes this family's items of the run's tenant until none is left ({@code true}) or the run is
   * out of time ({@code false}: the next run calls again and continues).
   */
  boolean erase(EraseRun run);
}
