package io.scimgate.observe;

/**
 * The request the current thread is serving, for the two places that cannot be handed it: log lines
 * written deep in shared code, and {@link DynamoMeter}, which the SDK calls on the calling thread
 * for clients built once at init. Everything else receives the {@link RequestContext} as an
 * argument. Bound by the Lambda adapter for the length of one invocation.
 */
public final class RequestScope implements AutoCloseable {
  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private final RequestContext previous;

  private RequestScope(RequestContext previous) {
    this.previous = previous;
  }

  /** Makes {@code context} current until {@link #close()}. */
  public static RequestScope bind(RequestContext context) {
    RequestScope scope = new RequestScope(CURRENT.get());
    CURRENT.set(context);
    return scope;
  }

  /** The request being served on this thread, or null (init, background threads). */
  public static RequestContext current() {
    return CURRENT.get();
  }

  @Override
  public void close() {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
