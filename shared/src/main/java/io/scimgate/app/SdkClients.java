package io.scimgate.app;

import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;

/**
 * The SDK's share of the retry budget (docs/decisions/0004-retry-budget.md): each call retries
 * throttling, 5xx and I/O errors itself (standard mode, {@value #MAX_ATTEMPTS} attempts), no
 * attempt runs longer than {@link #ATTEMPT_TIMEOUT} and no call, retries included, longer than
 * {@link #CALL_TIMEOUT}. The store's own loops (conflicts, unprocessed items) share the request's
 * {@code RetryBudget} on top. Tests build their clients here too, so they run this configuration.
 */
public final class SdkClients {
  public static final int MAX_ATTEMPTS = 3;
  public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

  private SdkClients() {}

  public static ClientOverrideConfiguration overrides() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(
            AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build())
        .apiCallAttemptTimeout(ATTEMPT_TIMEOUT)
        .apiCallTimeout(CALL_TIMEOUT)
        .build();
  }

  public static DynamoDbClientBuilder dynamo(SdkHttpClient http) {
    return DynamoDbClient.builder().httpClient(http).overrideConfiguration(overrides());
  }

  public static SecretsManagerClientBuilder secrets(SdkHttpClient http) {
    return SecretsManagerClient.builder().httpClient(http).overrideConfiguration(overrides());
  }
}
