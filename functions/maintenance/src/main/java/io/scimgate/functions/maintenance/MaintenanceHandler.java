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
 * Lambda entry point of the maintenance work, started two ways (template.yaml): the EventBridge
 * schedule runs the whole sweep (fan-outs, membership cleanups, tenant erasures); a batch of the
 * table's stream, filtered to new fan-out jobs, runs the fan-outs only ({@link Maintenance#run}).
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
    output.write(maintenance.run(input.readAllBytes()).getBytes(StandardCharsets.UTF_8));
  }
}
