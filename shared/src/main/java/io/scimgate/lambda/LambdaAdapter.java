package io.scimgate.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import io.scimgate.log.AccessLine;
import io.scimgate.observe.Idp;
import io.scimgate.observe.RequestContext;
import io.scimgate.observe.RequestScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads an HTTP API v2 event from a stream, asks the endpoint, writes the v2 response, and ends the
 * invocation with one access line (with its metrics). The {@link RequestContext} it builds from the
 * Lambda {@link Context} and the event is handed to the endpoint and bound to the thread for the
 * invocation ({@link RequestScope}), so every log line carries it.
 */
public final class LambdaAdapter {
  private final Endpoint endpoint;
  private final AccessLine access;
  private final AtomicBoolean cold = new AtomicBoolean(true);

  public LambdaAdapter(Endpoint endpoint) {
    this(endpoint, new AccessLine(false));
  }

  public LambdaAdapter(Endpoint endpoint, AccessLine access) {
    this.endpoint = endpoint;
    this.access = access;
  }

  /**
   * @param lambda the invocation's context: request id and function name come from it; null
   *     (SnapStart priming) falls back to the event's request id and {@code
   *     AWS_LAMBDA_FUNCTION_NAME}
   */
  @SuppressWarnings("try") // the scope's only job is to be open while the request runs
  public void handle(InputStream input, OutputStream output, Context lambda) throws IOException {
    long start = System.nanoTime();
    JsonNode event = Json.MAPPER.readTree(input);
    HttpRequest request = HttpApiEvents.toRequest(event);
    RequestContext context =
        new RequestContext(
                lambda != null ? lambda.getAwsRequestId() : request.requestId(),
                lambda != null
                    ? lambda.getFunctionName()
                    : System.getenv("AWS_LAMBDA_FUNCTION_NAME"),
                cold.getAndSet(false),
                start)
            .http(request.requestId(), routeKey(event), request.method(), request.path());
    context.idp(Idp.detect(request.headers(), request.query()));
    try (RequestScope scope = RequestScope.bind(context)) {
      HttpResponse response = endpoint.handle(context, request);
      Json.MAPPER.writeValue(output, HttpApiEvents.toEvent(response));
      access.write(context, response.status());
    }
  }

  /** The template's route key ({@code GET /tenants/{tenantId}/scim/v2/Users}), or null. */
  private static String routeKey(JsonNode event) {
    String key = event.path("routeKey").asText("");
    return key.isEmpty() || key.equals("$default") ? null : key;
  }
}
