package io.scimgate.requestlog;

import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.observe.RequestContext;

/** A SCIM endpoint whose answers are recorded ({@link RequestRecorder}) before they are sent. */
public final class RecordingEndpoint implements Endpoint {
  private final Endpoint inner;
  private final RequestRecorder recorder;

  public RecordingEndpoint(Endpoint inner, RequestRecorder recorder) {
    this.inner = inner;
    this.recorder = recorder;
  }

  @Override
  public HttpResponse handle(RequestContext context, HttpRequest request) {
    HttpResponse response = inner.handle(context, request);
    recorder.record(context, request, response);
    return response;
  }
}
