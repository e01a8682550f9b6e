package io.scimgate.functions.maintenance;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.scimgate.app.Components;
import io.scimgate.app.Maintenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lambda entry point of the scheduled sweep (membership cleanups, tenant erasures): the EventBridge
 * event carries nothing it needs.
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
    input.readAllBytes();
    int pending = maintenance.sweep();
    output.write(
        ("{\"pending\":" + pending + ",\"erasing\":" + maintenance.erasing() + "}")
            .getBytes(StandardCharsets.UTF_8));
  }
}
