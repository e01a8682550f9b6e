package io.scimgate.store.dynamo;

import io.scimgate.store.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems with the two outcomes the stores care about: a failed condition, reported
 * by the index of its action (from {@code CancellationReasons}, which follow the order of the
 * request), and a conflict with a concurrent transaction, retried with full-jitter backoff.
 */
final class Transactions {
  /** DynamoDB's limit of actions per TransactWriteItems. */
  static final int MAX_ACTIONS = 100;

  static final int MAX_ATTEMPTS = 8;
  private static final long BASE_DELAY_MILLIS = 10;
  private static final long MAX_DELAY_MILLIS = 500;

  /**
   * Bound of one TransactWriteItems call, SDK retries included: the change feed's settle window
   * relies on an event's stamp lying at most this long before its commit (0060-change-feed.md).
   */
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

  private Transactions() {}

  /**
   * Writes all actions atomically. When a condition fails, {@code conditionFailed} receives the
   * index of the first failing action and returns the exception to throw (nothing was written).
   * Conflicts and throttling are retried; when they persist: {@link StoreUnavailableException}.
   */
  static void write(
      Dynamo dynamo, List<TransactWriteItem> actions, IntFunction<RuntimeException> conditionFailed) {
    write(dynamo, actions, List::of, conditionFailed);
  }

  /**
   * As {@link #write(Dynamo, List, IntFunction)}, plus unconditional actions built anew for each
   * attempt and appended after {@code actions}: the change feed's event items, re-stamped on retry.
   */
  static void write(
      Dynamo dynamo,
      List<TransactWriteItem> actions,
      Supplier<List<TransactWriteItem>> stampedPerAttempt,
      IntFunction<RuntimeException> conditionFailed) {
    if (actions.isEmpty()) {
      return;
    }
    for (int attempt = 0; ; attempt++) {
      // Event items come last (their index never hides a condition) and get a fresh stamp.
      List<TransactWriteItem> all = new ArrayList<>(actions);
      all.addAll(stampedPerAttempt.get());
      if (all.size() > MAX_ACTIONS) {
        throw new IllegalArgumentException(all.size() + " actions in one transaction");
      }
      try {
        dynamo.call(
            () ->
                dynamo
                    .client()
                    .transactWriteItems(
                        r ->
                            r.transactItems(all)
                                .overrideConfiguration(o -> o.apiCallTimeout(CALL_TIMEOUT))));
        return;
      } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        for (int i = 0; i < reasons.size(); i++) {
          if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
            throw conditionFailed.apply(i);
          }
        }
        if (!retryable(reasons) || attempt + 1 >= MAX_ATTEMPTS) {
          throw new StoreUnavailableException("transaction cancelled: " + codes(reasons), e);
        }
        backoff(attempt);
      }
    }
  }

  /** Sleeps a random time in {@code [0, min(cap, base * 2^attempt))} (full jitter). */
  static void backoff(int attempt) {
    long ceiling = Math.min(MAX_DELAY_MILLIS, BASE_DELAY_MILLIS << Math.min(attempt, 20));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreUnavailableException("interrupted while backing off", e);
    }
  }

  private static boolean retryable(List<CancellationReason> reasons) {
    return reasons.stream()
        .map(CancellationReason::code)
        .anyMatch(
            c ->
                "TransactionConflict".equals(c)
                    || "ThrottlingError".equals(c)
                    || "ProvisionedThroughputExceeded".equals(c));
  }

  private static String codes(List<CancellationReason> reasons) {
    return reasons.stream().map(CancellationReason::code).toList().toString();
  }
}
