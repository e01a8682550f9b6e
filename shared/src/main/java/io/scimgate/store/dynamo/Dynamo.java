package io.scimgate.store.dynamo;

import io.scimgate.store.StoreUnavailableException;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The client and table name, plus the single translation of SDK failures into store terms. */
public record Dynamo(DynamoDbClient client, String table) {

  /**
   * Runs a call; SDK failures other than the ones the caller handles itself become {@link
   * StoreUnavailableException}.
   */
  public <T> T call(Supplier<T> body) {
    try {
      return body.get();
    } catch (SdkException e) {
      if (e instanceof software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException
          || e instanceof software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException) {
        throw e;
      }
      throw new StoreUnavailableException("DynamoDB call failed", e);
    }
  }

  public static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  public static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
