package io.scimgate.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.dynamo.Keys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * An SDK HTTP client that never opens a connection: it answers the DynamoDB and Secrets Manager
 * JSON protocol in memory, so that {@link SnapStartPriming} can run the SDK's whole request
 * pipeline (endpoint rules, SigV4 signing, marshalling, unmarshalling) before the snapshot. Items
 * put are returned by a get with the same key; queries find nothing; Secrets Manager returns a
 * made-up secret. Not a DynamoDB emulator: priming only.
 */
final class PrimingHttpClient implements SdkHttpClient {
  private static final StaticCredentialsProvider MADE_UP =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));

  private final Map<String, JsonNode> items = new ConcurrentHashMap<>();

  /** A DynamoDB client built like the real one, but on this client and made-up credentials. */
  DynamoDbClient dynamo() {
    return DynamoDbClient.builder()
        .httpClient(this)
        .region(region())
        .credentialsProvider(MADE_UP)
        .build();
  }

  SecretsManagerClient secretsManager() {
    return SecretsManagerClient.builder()
        .httpClient(this)
        .region(region())
        .credentialsProvider(MADE_UP)
        .build();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        return respond(request);
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "SnapStartPriming";
  }

  @Override
  public void close() {}

  private HttpExecuteResponse respond(HttpExecuteRequest request) {
    String operation = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
    JsonNode body = read(request);
    String answer =
        switch (operation) {
          case "DynamoDB_20120810.PutItem" -> {
            items.put(key(body.path("Item")), body.path("Item"));
            yield "{}";
          }
          case "DynamoDB_20120810.GetItem" -> {
            JsonNode item = items.get(key(body.path("Key")));
            ObjectNode out = Json.object();
            if (item != null) {
              out.set("Item", item);
            }
            yield Json.write(out);
          }
          case "DynamoDB_20120810.BatchGetItem" -> {
            // Token verification reads the token and the tenant record in one batch.
            ObjectNode out = Json.object();
            ObjectNode responses = out.putObject("Responses");
            body.path("RequestItems")
                .properties()
                .forEach(table -> {
                  var found = responses.putArray(table.getKey());
                  table
                      .getValue()
                      .path("Keys")
                      .forEach(k -> {
                        JsonNode item = items.get(key(k));
                        if (item != null) {
                          found.add(item);
                        }
                      });
                });
            out.putObject("UnprocessedKeys");
            yield Json.write(out);
          }
          case "DynamoDB_20120810.Query", "DynamoDB_20120810.Scan" ->
              "{\"Count\":0,\"Items\":[],\"ScannedCount\":0}";
          case "secretsmanager.GetSecretValue" ->
              "{\"Name\":\"priming\",\"SecretString\":\"priming-pepper\",\"VersionId\":\"priming\"}";
          default -> "{}";
        };
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    return HttpExecuteResponse.builder()
        .response(
            SdkHttpResponse.builder()
                .statusCode(200)
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("Content-Length", Integer.toString(bytes.length))
                .putHeader("x-amzn-RequestId", "snapstart-priming")
                .build())
        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
        .build();
  }

  private static JsonNode read(HttpExecuteRequest request) {
    if (request.contentStreamProvider().isEmpty()) {
      return Json.object();
    }
    try (InputStream in = request.contentStreamProvider().get().newStream()) {
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String key(JsonNode item) {
    return item.path(Keys.PK).path("S").asText() + "\n" + item.path(Keys.SK).path("S").asText();
  }

  private static Region region() {
    String region = System.getenv("AWS_REGION");
    return Region.of(region == null || region.isBlank() ? "us-east-1" : region);
  }
}
