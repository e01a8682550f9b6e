package io.scimgate.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Erasing a tenant and every item stored for it, in bounded chunks that survive timeouts and
 * restarts (docs/decisions/0070-erase.md). From {@link #begin} on, the tenant is "deleting": its
 * tokens are refused and it cannot be changed; when the last item is gone its id is free again.
 */
public interface TenantErasure {

  /** What {@link #begin} found. */
  enum Start {
    STARTED,
    ALREADY_DELETING,
    NO_TENANT
  }

  /**
   * Where an erasure stands.
   *
   * @param completesNotBefore the erasure ends with a full pass that starts after this moment, when
   *     no request admitted before the erasure began can still be writing
   * @param phase the item family being erased, {@code settling} while waiting for {@code
   *     completesNotBefore}, or {@code done}
   * @param passes passes over all families begun so far
   * @param erased items deleted so far, by family name
   */
  record Progress(
      String tenantId,
      Instant deletingSince,
      Instant completesNotBefore,
      String phase,
      long passes,
      Map<String, Long> erased) {

    public Progress {
      erased = Map.copyOf(erased);
    }

    public boolean done() {
      return "done".equals(phase);
    }
  }

  /** Marks the tenant as deleting (a DynamoDB condition decides between concurrent callers). */
  Start begin(String tenantId);

  /**
   * Erases for at most about {@code budget} (at least one chunk), resuming where the last run
   * stopped. Only one run per tenant works at a time (a lease on the tenant record); a run that
   * finds the lease taken returns the current progress at once.
   *
   * @return the progress afterwards; empty when the tenant does not exist or is not being erased
   */
  Optional<Progress> resume(String tenantId, Duration budget);

  /** The progress of a tenant being erased; empty when it is not being erased or does not exist. */
  Optional<Progress> progress(String tenantId);

  /**
   * Resumes every tenant being erased within {@code budget}, for the scheduled job; found without a
   * scan. Returns how many tenants are still being erased afterwards.
   */
  int sweep(Duration budget);
}
