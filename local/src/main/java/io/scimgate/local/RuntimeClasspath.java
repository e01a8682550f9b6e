package io.scimgate.local;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classpath a sandbox's JVM starts with: the runtime interface client and what it needs
 * (aws-lambda-java-core, -serialization, the SDK's utils-lite), found where this JVM loaded them.
 * The function's own code is not on it: the client loads the task root itself, from its working
 * directory, with a class loader whose parent is this classpath, as in Lambda.
 */
final class RuntimeClasspath {
  static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  private static final List<String> ANCHORS =
      List.of(
          MAIN_CLASS,
          "com.amazonaws.services.lambda.runtime.Context",
          "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
          "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

  private RuntimeClasspath() {}

  static String get() {
    Set<String> entries = new LinkedHashSet<>();
    for (String name : ANCHORS) {
      try {
        Class<?> type = Class.forName(name, false, RuntimeClasspath.class.getClassLoader());
        entries.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (ClassNotFoundException | URISyntaxException e) {
        throw new IllegalStateException(
            name + " is not on the runner's classpath (aws-lambda-java-runtime-interface-client)",
            e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
