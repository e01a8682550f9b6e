package io.scimgate.http;

import io.scimgate.observe.RequestContext;

/** Something that answers a request: a resource endpoint, or a whole pipeline of them. */
@FunctionalInterface
public interface Endpoint {
  /**
   * Answers {@code request} and notes what it learns (tenant, token, error) in {@code context},
   * which the Lambda adapter turns into log lines and metrics.
   */
  HttpResponse handle(RequestContext context, HttpRequest request);

  /** As {@link #handle(RequestContext, HttpRequest)}, noting into a context nobody reads. */
  default HttpResponse handle(HttpRequest request) {
    return handle(RequestContext.detached(request.requestId()), request);
  }
}
