package io.scimgate.local;

import java.nio.file.Path;
import java.util.Map;

/**
 * One {@code AWS::Serverless::Function} of template.yaml, as the local runtime starts it.
 *
 * @param logicalId the template's resource name, e.g. {@code UsersFunction}; also the function name
 * @param handler the {@code Handler} string, e.g. {@code a.b.UsersHandler::handleRequest}
 * @param jar the deployment jar that {@code CodeUri} names, resolved against the template's folder
 * @param memoryMb {@code MemorySize} (function, else Globals, else Lambda's 128)
 * @param timeoutSeconds {@code Timeout} (function, else Globals, else Lambda's 3)
 * @param environment Globals' then the function's {@code Environment.Variables}, with references to
 *     parameters and resources replaced by their local values
 */
public record FunctionSpec(
    String logicalId,
    String handler,
    Path jar,
    int memoryMb,
    int timeoutSeconds,
    Map<String, String> environment) {

  public FunctionSpec {
    environment = Map.copyOf(environment);
  }
}
