package io.scimgate.local;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The process environment and JVM flags of a sandbox, as Lambda's java21 runtime sets them, with
 * the AWS endpoints pointed at the runner's DynamoDB Local and Secrets Manager stand-in and dummy
 * credentials (nothing checks them). Nothing of the runner's own environment leaks in.
 *
 * @param dynamoEndpoint {@code http://127.0.0.1:<port>} of DynamoDB Local
 * @param secretsEndpoint {@code http://127.0.0.1:<port>} of the local Secrets Manager
 * @param snapStart start as SnapStart does: {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start} and
 *     the CRaC hooks routed to the runtime's implementation, so {@code beforeCheckpoint} runs
 * @param nativeLibrary the runtime client's JNI library ({@link TaskRoots#runtimeNativeLibrary})
 * @param extraJvmFlags appended to every sandbox's JVM flags
 */
record SandboxEnvironment(
    String dynamoEndpoint,
    String secretsEndpoint,
    boolean snapStart,
    Path nativeLibrary,
    List<String> extraJvmFlags) {
  static final String REGION = "us-east-1";
  static final String STACK = "scimgate-local";

  static String functionArn(FunctionSpec spec) {
    return "arn:aws:lambda:"
        + REGION
        + ":"
        + EventBuilder.ACCOUNT_ID
        + ":function:"
        + spec.logicalId();
  }

  Map<String, String> variables(FunctionSpec spec, Path taskRoot) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
    env.put("LANG", "en_US.UTF-8");
    env.put("TZ", ":UTC");
    env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
    env.put("LAMBDA_RUNTIME_DIR", "/var/runtime");
    env.put("_HANDLER", spec.handler());
    env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
    env.put("AWS_LAMBDA_FUNCTION_NAME", spec.logicalId());
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", snapStart ? "snap-start" : "on-demand");
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + STACK + "/" + spec.logicalId());
    env.put("AWS_LAMBDA_LOG_STREAM_NAME", logStream());
    env.put("AWS_REGION", REGION);
    env.put("AWS_DEFAULT_REGION", REGION);
    env.put("AWS_ACCESS_KEY_ID", "local");
    env.put("AWS_SECRET_ACCESS_KEY", "local");
    env.put("AWS_SESSION_TOKEN", "local");
    // No profile files: the developer's ~/.aws must not change what the function sees.
    env.put("AWS_CONFIG_FILE", taskRoot.resolve(".no-aws-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", taskRoot.resolve(".no-aws-credentials").toString());
    env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint);
    env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", secretsEndpoint);
    env.putAll(spec.environment());
    return env;
  }

  /**
   * Heap as Lambda sizes it (about 85 % of {@code MemorySize}), the serial collector Lambda uses,
   * and JNI allowed for the runtime client's native HTTP client.
   */
  List<String> jvmFlags(FunctionSpec spec) {
    List<String> flags = new ArrayList<>();
    flags.add("-Xmx" + (spec.memoryMb() * 85 / 100) + "m");
    flags.add("-XX:+UseSerialGC");
    flags.add("--enable-native-access=ALL-UNNAMED");
    flags.add(
        "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI="
            + nativeLibrary);
    if (snapStart) {
      flags.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
    }
    flags.addAll(extraJvmFlags);
    return flags;
  }

  private static String logStream() {
    byte[] id = new byte[16];
    ThreadLocalRandom.current().nextBytes(id);
    return LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
        + "/[$LATEST]"
        + HexFormat.of().formatHex(id);
  }
}
