package io.scimgate.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.http.Endpoint;
import io.scimgate.http.HttpResponse;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reads an HTTP API v2 event from a stream, asks the endpoint, writes the v2 response. */
public final class LambdaAdapter {
  private final Endpoint endpoint;

  public LambdaAdapter(Endpoint endpoint) {
    this.endpoint = endpoint;
  }

  public void handle(InputStream input, OutputStream output) throws IOException {
    JsonNode event = Json.MAPPER.readTree(input);
    HttpResponse response = endpoint.handle(HttpApiEvents.toRequest(event));
    Json.MAPPER.writeValue(output, HttpApiEvents.toEvent(response));
  }
}
