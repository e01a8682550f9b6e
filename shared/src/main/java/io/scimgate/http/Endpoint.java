package io.scimgate.http;

import io.scimgate.observe.RequestContext;

/** Something that answers a request: a resource endpoint, or a whole pipeline of them. */
@FunctionalInterface
public interface Endpoint {
  HttpResponse handle(HttpRequest request);

  /**
   * Answers {@code request} and notes what it learns (tenant, token, error) in {@code context},
   * which the Lambda adapter turns into log lines and metrics. Endpoints that learn nothing keep
   * this default.
   */
  default HttpResponse handle(RequestContext context, HttpRequest request) {
    return handle(request);
  }
}
