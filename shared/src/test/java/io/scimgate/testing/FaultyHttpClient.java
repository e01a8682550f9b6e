package io.scimgate.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The SDK's HTTP client with faults injected at its boundary: a chosen operation ({@code
 * X-Amz-Target} suffix, e.g. {@code TransactWriteItems}, {@code GetSecretValue}, or {@code *})
 * answers the error responses the real services send — 400 throttling, 500 — or hangs until the
 * SDK's attempt timeout aborts it. Everything else goes to the real server (DynamoDB Local, moto).
 * The SDK above runs unmodified: its retries, timeouts and error parsing are exercised.
 */
public final class FaultyHttpClient implements SdkHttpClient {
  /** What a faulted request gets. */
  public enum Fault {
    THROTTLING(400, "com.amazon.coral.availability#ThrottlingException", "Rate exceeded", ""),
    PROVISIONED_THROUGHPUT(
        400,
        "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
        "The level of configured provisioned throughput for the table was exceeded.",
        ""),
    SERVER_ERROR(
        500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "Internal server error", ""),
    SECRETS_SERVER_ERROR(500, "InternalServiceError", "An error occurred on the server side.", ""),
    /** A TransactWriteItems cancelled by a concurrent transaction on one of its items. */
    TRANSACTION_CONFLICT(
        400,
        "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
        "Transaction cancelled, please refer cancellation reasons for specific reasons"
            + " [TransactionConflict]",
        ",\"CancellationReasons\":[{\"Code\":\"TransactionConflict\",\"Message\":\"Transaction is"
            + " ongoing\"}]"),
    HANG(0, null, null, null);

    final int status;
    final String type;
    final String message;
    final String extra;

    Fault(int status, String type, String message, String extra) {
      this.status = status;
      this.type = type;
      this.message = message;
      this.extra = extra;
    }

    byte[] body() {
      return ("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"" + extra + "}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  private record Rule(String operation, Fault fault, AtomicInteger skip, AtomicInteger remaining) {}

  private final SdkHttpClient delegate;
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> faulted = new ConcurrentHashMap<>();

  public FaultyHttpClient(SdkHttpClient delegate) {
    this.delegate = delegate;
  }

  /** Fails every request to {@code operation} from now on. */
  public FaultyHttpClient always(String operation, Fault fault) {
    return inject(operation, fault, 0, Integer.MAX_VALUE);
  }

  /** Lets {@code skip} requests to {@code operation} through, then fails the next {@code times}. */
  public FaultyHttpClient inject(String operation, Fault fault, int skip, int times) {
    rules.add(new Rule(operation, fault, new AtomicInteger(skip), new AtomicInteger(times)));
    return this;
  }

  public void heal() {
    rules.clear();
  }

  /** HTTP requests (attempts) seen, by operation, since the last {@link #resetCounts}. */
  public Map<String, Long> requests() {
    return snapshot(requests);
  }

  public Map<String, Long> faulted() {
    return snapshot(faulted);
  }

  public void resetCounts() {
    requests.clear();
    faulted.clear();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("?");
    String operation = target.substring(target.indexOf('.') + 1);
    requests.computeIfAbsent(operation, k -> new LongAdder()).increment();
    Fault fault = faultFor(operation);
    if (fault == null) {
      return delegate.prepareRequest(request);
    }
    faulted.computeIfAbsent(operation, k -> new LongAdder()).increment();
    return fault == Fault.HANG ? new Hanging() : new Answered(fault);
  }

  @Override
  public String clientName() {
    return "Faulty(" + delegate.clientName() + ")";
  }

  @Override
  public void close() {
    delegate.close();
  }

  private Fault faultFor(String operation) {
    for (Rule rule : rules) {
      if (!rule.operation().equals("*") && !rule.operation().equals(operation)) {
        continue;
      }
      if (rule.skip().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        continue;
      }
      if (rule.remaining().getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return rule.fault();
      }
    }
    return null;
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** An error response as the service writes it (awsJson 1.0/1.1 protocol). */
  private record Answered(Fault fault) implements ExecutableHttpRequest {
    @Override
    public HttpExecuteResponse call() {
      byte[] body = fault.body();
      return HttpExecuteResponse.builder()
          .response(
              SdkHttpResponse.builder()
                  .statusCode(fault.status)
                  .putHeader("Content-Type", "application/x-amz-json-1.0")
                  .putHeader("Content-Length", Integer.toString(body.length))
                  .build())
          .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
          .build();
    }

    @Override
    public void abort() {}
  }

  /** Never answers; the SDK's attempt timeout interrupts and aborts it. */
  private static final class Hanging implements ExecutableHttpRequest {
    private volatile Thread caller;

    @Override
    public HttpExecuteResponse call() throws IOException {
      caller = Thread.currentThread();
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // The SDK's timeout interrupted us, as it interrupts a blocked socket read: report an
        // aborted request and leave the flag cleared, as the SDK expects after its own timeout.
      }
      throw new InterruptedIOException("request aborted");
    }

    @Override
    public void abort() {
      Thread t = caller;
      if (t != null) {
        t.interrupt();
      }
    }
  }
}
