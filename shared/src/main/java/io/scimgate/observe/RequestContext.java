package io.scimgate.observe;

/**
 * What is known about one invocation, filled in as it goes: the Lambda request id, function and
 * cold-start flag from the adapter, the route and tenant once routing knows them, the token and the
 * error once the front door knows them. It is the source of every log line's context fields and of
 * the access line that ends each request. Never holds a token, a body or a header value.
 *
 * <p>One instance per invocation, used by the thread that serves it.
 */
public final class RequestContext {
  private final String requestId;
  private final String function;
  private final boolean coldStart;
  private final long startNanos;
  private final DynamoUsage dynamo = new DynamoUsage();
  private String apiRequestId;
  private String routeKey;
  private String method;
  private String path;
  private String tenant;
  private String tokenId;
  private String idp;
  private String resourceId;
  private String scimType;
  private String detail;
  private double recordMillis;

  /**
   * @param requestId the Lambda request id ({@code Context.getAwsRequestId()})
   * @param function the function name ({@code Context.getFunctionName()})
   * @param coldStart true for the first invocation this handler instance serves
   * @param startNanos {@link System#nanoTime()} when the invocation began
   */
  public RequestContext(String requestId, String function, boolean coldStart, long startNanos) {
    this.requestId = requestId;
    this.function = function;
    this.coldStart = coldStart;
    this.startNanos = startNanos;
  }

  /** A context for in-process callers that have no Lambda invocation (tests, tools). */
  public static RequestContext detached(String requestId) {
    return new RequestContext(requestId, "in-process", false, System.nanoTime());
  }

  /** What API Gateway said about the request: its id, route key, method and raw path. */
  public RequestContext http(String apiRequestId, String routeKey, String method, String path) {
    this.apiRequestId = apiRequestId;
    this.routeKey = routeKey;
    this.method = method;
    this.path = path;
    return this;
  }

  public void tenant(String tenant) {
    this.tenant = tenant;
  }

  public void tokenId(String tokenId) {
    this.tokenId = tokenId;
  }

  public void idp(String idp) {
    this.idp = idp;
  }

  public void resourceId(String resourceId) {
    this.resourceId = resourceId;
  }

  /** The error the client was answered with: {@code scimType} (may be null) and the detail. */
  public void error(String scimType, String detail) {
    this.scimType = scimType;
    this.detail = detail;
  }

  /** Time spent recording the request (request log, health), part of the latency. */
  public void recordMillis(double millis) {
    this.recordMillis = millis;
  }

  public double recordMillis() {
    return recordMillis;
  }

  public String requestId() {
    return requestId;
  }

  public String function() {
    return function;
  }

  public boolean coldStart() {
    return coldStart;
  }

  public String apiRequestId() {
    return apiRequestId;
  }

  public String routeKey() {
    return routeKey;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  public String tenant() {
    return tenant;
  }

  public String tokenId() {
    return tokenId;
  }

  public String idp() {
    return idp;
  }

  public String resourceId() {
    return resourceId;
  }

  public String scimType() {
    return scimType;
  }

  public String detail() {
    return detail;
  }

  public DynamoUsage dynamo() {
    return dynamo;
  }

  /** Milliseconds since the invocation began. */
  public double elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000.0;
  }
}
