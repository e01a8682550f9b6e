package io.scimgate.scim.common;

import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.error.PayloadTooLargeException;
import io.scimgate.scim.error.PreconditionFailedException;
import io.scimgate.scim.error.TooManyException;
import io.scimgate.scim.error.UniquenessException;
import io.scimgate.store.ItemTooLargeException;
import io.scimgate.store.MissingMemberException;
import io.scimgate.store.ScanLimitExceededException;
import io.scimgate.store.UniqueConflictException;
import io.scimgate.store.VersionConflictException;
import java.util.function.Supplier;

/**
 * Store outcomes that are the client's business, as SCIM errors (RFC 7644 §3.12). The store speaks
 * in its own exceptions so that no HTTP status leaks into storage; this is the one place that
 * translates them. {@code StoreUnavailableException} is left to the front door (503).
 */
public final class StoreErrors {
  private StoreErrors() {}

  /** Runs a store call, translating the store's exceptions to SCIM exceptions. */
  public static <T> T translate(Supplier<T> call) {
    try {
      return call.get();
    } catch (UniqueConflictException e) {
      throw new UniquenessException("The " + e.attribute() + " is already in use in this tenant.");
    } catch (VersionConflictException e) {
      throw new PreconditionFailedException(
          "The resource was changed by another request; read it again.");
    } catch (MissingMemberException e) {
      throw new InvalidValueException("No user with id '" + e.memberId() + "' in this tenant.");
    } catch (ItemTooLargeException e) {
      throw new PayloadTooLargeException("The resource is too large to store.");
    } catch (ScanLimitExceededException e) {
      throw new TooManyException(
          "This query would examine more than " + e.limit() + " resources; narrow the filter.");
    }
  }
}
