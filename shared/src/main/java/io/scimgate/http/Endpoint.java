package io.scimgate.http;

/** Something that answers a request: a resource endpoint, or a whole pipeline of them. */
@FunctionalInterface
public interface Endpoint {
  HttpResponse handle(HttpRequest request);
}
