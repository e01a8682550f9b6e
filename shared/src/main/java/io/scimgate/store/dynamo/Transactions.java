package io.scimgate.store.dynamo;

import io.scimgate.store.RetryBudget;
import io.scimgate.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactWriteItems with the two outcomes the stores care about: a failed condition, reported by
 * the index of its action (from {@code CancellationReasons}, which follow the order of the
 * request), and a conflict with a concurrent transaction, retried under the {@link RetryBudget}.
 */
record Transactions(Dynamo dynamo) {
  /** DynamoDB's limit of actions per TransactWriteItems. */
  static final int MAX_ACTIONS = 100;

  /**
   * Writes all actions atomically. When a condition fails, {@code conditionFailed} receives the
   * index of the first failing action and returns the exception to throw (nothing was written).
   * Conflicts and throttling are retried under the request's {@link RetryBudget}; when it is spent:
   * {@link io.scimgate.store.RetriesExhaustedException}.
   */
  void write(List<TransactWriteItem> actions, IntFunction<RuntimeException> conditionFailed) {
    write(actions, List::of, conditionFailed);
  }

  /**
   * As {@link #write(List, IntFunction)}, plus unconditional actions built anew for each attempt
   * and appended after {@code actions}: the change feed's event items, re-stamped on retry. A stamp
   * precedes its commit by at most one call, which the SDK bounds by {@link
   * io.scimgate.app.SdkClients#CALL_TIMEOUT} (SDK retries included): the feed's settle window rests
   * on that bound (docs/decisions/0060-change-feed.md).
   */
  void write(
      List<TransactWriteItem> actions,
      Supplier<List<TransactWriteItem>> stampedPerAttempt,
      IntFunction<RuntimeException> conditionFailed) {
    if (actions.isEmpty()) {
      return;
    }
    try (RetryBudget.Loop loop = RetryBudget.loop("transaction")) {
      for (; ; ) {
        // Event items come last (their index never hides a condition) and get a fresh stamp.
        List<TransactWriteItem> all = new ArrayList<>(actions);
        all.addAll(stampedPerAttempt.get());
        if (all.size() > MAX_ACTIONS) {
          throw new IllegalArgumentException(all.size() + " actions in one transaction");
        }
        try {
          dynamo.call(() -> dynamo.client().transactWriteItems(r -> r.transactItems(all)));
          return;
        } catch (TransactionCanceledException e) {
          List<CancellationReason> reasons =
              e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
          for (int i = 0; i < reasons.size(); i++) {
            if ("ConditionalCheckFailed".equals(reasons.get(i).code())) {
              throw conditionFailed.apply(i);
            }
          }
          if (!retryable(reasons)) {
            throw new StoreUnavailableException("transaction cancelled: " + codes(reasons), e);
          }
          loop.pause(e);
        }
      }
    }
  }

  private static boolean retryable(List<CancellationReason> reasons) {
    return reasons.stream()
        .map(CancellationReason::code)
        .anyMatch(c ->
            "TransactionConflict".equals(c)
                || "ThrottlingError".equals(c)
                || "ProvisionedThroughputExceeded".equals(c));
  }

  private static String codes(List<CancellationReason> reasons) {
    return reasons.stream().map(CancellationReason::code).toList().toString();
  }
}
