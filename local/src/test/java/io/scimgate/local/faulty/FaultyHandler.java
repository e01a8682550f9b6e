package io.scimgate.local.faulty;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function that misbehaves on request, packaged into a jar by FaultyFunctionIT: it shows what the
 * local runtime does when a function throws, exits, runs past its timeout, or just answers (with
 * what it saw of its environment). Plain JDK code: the runtime client supplies the rest.
 */
public final class FaultyHandler implements RequestStreamHandler {
  private static final Pattern RAW_PATH = Pattern.compile("\"rawPath\"\\s*:\\s*\"([^\"]*)\"");

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = RAW_PATH.matcher(event);
    String path = m.find() ? m.group(1) : "";
    System.out.println("faulty saw " + path);
    switch (path) {
      case "/faulty/throw" -> throw new IllegalStateException("boom on purpose");
      case "/faulty/exit" -> Runtime.getRuntime().halt(3);
      case "/faulty/sleep" -> pause(60_000);
      case "/faulty/slowish" -> pause(300);
      default -> {}
    }
    String body =
        "{"
            + field("requestId", context.getAwsRequestId())
            + ","
            + field("functionName", context.getFunctionName())
            + ","
            + field("memory", Integer.toString(context.getMemoryLimitInMB()))
            + ","
            + field("remainingMillis", Integer.toString(context.getRemainingTimeInMillis()))
            + ","
            + field("handler", System.getenv("_HANDLER"))
            + ","
            + field("taskRoot", System.getenv("LAMBDA_TASK_ROOT"))
            + ","
            + field("workingDir", System.getProperty("user.dir"))
            + ","
            + field("greeting", System.getenv("GREETING"))
            + ","
            + field("table", System.getenv("TABLE_NAME"))
            + ","
            + field("dynamo", System.getenv("AWS_ENDPOINT_URL_DYNAMODB"))
            + ","
            + field("maxHeapMb", Long.toString(Runtime.getRuntime().maxMemory() >> 20))
            + ","
            + field("arn", context.getInvokedFunctionArn())
            + "}";
    String response =
        "{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},"
            + "\"body\":"
            + quote(body)
            + "}";
    output.write(response.getBytes(StandardCharsets.UTF_8));
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String field(String name, String value) {
    return quote(name) + ":" + quote(value == null ? "" : value);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
