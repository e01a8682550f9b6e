package io.scimgate.store.dynamo;

import io.scimgate.store.RetryBudget;
import io.scimgate.store.StoreUnavailableException;
import java.util.List;
import java.util.function.IntFunction;
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
    if (actions.isEmpty()) {
      return;
    }
    if (actions.size() > MAX_ACTIONS) {
      throw new IllegalArgumentException(actions.size() + " actions in one transaction");
    }
    try (RetryBudget.Loop loop = RetryBudget.loop("transaction")) {
      for (; ; ) {
        try {
          dynamo.call(() -> dynamo.client().transactWriteItems(r -> r.transactItems(actions)));
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
