package io.scimgate.observe;

import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * An SDK interceptor on the DynamoDB client that counts, for the request the calling thread serves
 * ({@link RequestScope}), each call, its retries, throttled attempts and consumed capacity. It asks
 * DynamoDB for {@code ReturnConsumedCapacity=TOTAL} on every data call (free: the figure comes back
 * in the response). Calls made with no request bound (init, the recorder's worker threads, cleanup
 * pools) are not counted.
 *
 * <p>Throttles: an attempt answered 400 that the SDK retries is a throttle (DynamoDB's other 400s
 * are not retryable), as is a final failure the SDK classifies as throttling.
 */
public final class DynamoMeter implements ExecutionInterceptor {
  private static final ExecutionAttribute<int[]> ATTEMPTS =
      new ExecutionAttribute<>("scimgateAttempts");

  @Override
  public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
    SdkRequest r = context.request();
    ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
    return switch (r) {
      case GetItemRequest g -> g.toBuilder().returnConsumedCapacity(total).build();
      case PutItemRequest p -> p.toBuilder().returnConsumedCapacity(total).build();
      case UpdateItemRequest u -> u.toBuilder().returnConsumedCapacity(total).build();
      case DeleteItemRequest d -> d.toBuilder().returnConsumedCapacity(total).build();
      case QueryRequest q -> q.toBuilder().returnConsumedCapacity(total).build();
      case BatchGetItemRequest b -> b.toBuilder().returnConsumedCapacity(total).build();
      case BatchWriteItemRequest b -> b.toBuilder().returnConsumedCapacity(total).build();
      case TransactWriteItemsRequest t -> t.toBuilder().returnConsumedCapacity(total).build();
      case TransactGetItemsRequest t -> t.toBuilder().returnConsumedCapacity(total).build();
      default -> r;
    };
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    int[] state = attributes.getAttribute(ATTEMPTS);
    if (state == null) {
      attributes.putAttribute(ATTEMPTS, new int[] {1, 0});
      return;
    }
    state[0]++;
    RequestContext request = RequestScope.current();
    if (state[1] == 400 && request != null) {
      request.dynamo().throttled();
    }
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    int[] state = attributes.getAttribute(ATTEMPTS);
    if (state != null) {
      state[1] = context.httpResponse().statusCode();
    }
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    RequestContext request = RequestScope.current();
    if (request != null) {
      SdkResponse r = context.response();
      request.dynamo().call(attempts(attributes), isWrite(context.request()), units(r));
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    RequestContext request = RequestScope.current();
    if (request == null) {
      return;
    }
    request.dynamo().call(attempts(attributes), isWrite(context.request()), 0);
    if (context.exception() instanceof AwsServiceException e && e.isThrottlingException()) {
      request.dynamo().throttled();
    }
  }

  private static int attempts(ExecutionAttributes attributes) {
    int[] state = attributes.getAttribute(ATTEMPTS);
    return state == null ? 1 : state[0];
  }

  private static boolean isWrite(SdkRequest r) {
    return r instanceof PutItemRequest
        || r instanceof UpdateItemRequest
        || r instanceof DeleteItemRequest
        || r instanceof BatchWriteItemRequest
        || r instanceof TransactWriteItemsRequest;
  }

  private static double units(SdkResponse r) {
    return switch (r) {
      case GetItemResponse g -> units(g.consumedCapacity());
      case PutItemResponse p -> units(p.consumedCapacity());
      case UpdateItemResponse u -> units(u.consumedCapacity());
      case DeleteItemResponse d -> units(d.consumedCapacity());
      case QueryResponse q -> units(q.consumedCapacity());
      case BatchGetItemResponse b -> units(b.consumedCapacity());
      case BatchWriteItemResponse b -> units(b.consumedCapacity());
      case TransactWriteItemsResponse t -> units(t.consumedCapacity());
      case TransactGetItemsResponse t -> units(t.consumedCapacity());
      default -> 0;
    };
  }

  private static double units(ConsumedCapacity c) {
    return c == null || c.capacityUnits() == null ? 0 : c.capacityUnits();
  }

  private static double units(List<ConsumedCapacity> list) {
    return list == null ? 0 : list.stream().mapToDouble(DynamoMeter::units).sum();
  }
}
