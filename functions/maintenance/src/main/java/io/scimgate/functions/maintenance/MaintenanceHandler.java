package io.scimgate.functions.maintenance;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.app.Components;
import io.scimgate.app.Maintenance;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lambda entry point of the maintenance work, started two ways (template.yaml): the EventBridge
 * schedule runs the whole sweep (fan-outs, membership cleanups, tenant erasures); a batch of the
 * table's stream ({@code {"Records":[…]}}, filtered to new fan-out jobs) runs the fan-outs only.
 * Neither event carries anything the work needs: it reads what is pending from the table.
 */
public final class MaintenanceHandler implements RequestStreamHandler {
  private final Maintenance maintenance;

  public MaintenanceHandler() {
    this(Components.fromEnvironment());
  }

  public MaintenanceHandler(Components components) {
    this.maintenance = components.maintenance();
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    JsonNode event = Json.MAPPER.readTree(input);
    String result;
    if (event != null && event.path("Records").isArray()) {
      result = "{\"pending\":" + maintenance.fanOut() + "}";
    } else {
      int pending = maintenance.sweep();
      result = "{\"pending\":" + pending + ",\"erasing\":" + maintenance.erasing() + "}";
    }
    output.write(result.getBytes(StandardCharsets.UTF_8));
  }
}
