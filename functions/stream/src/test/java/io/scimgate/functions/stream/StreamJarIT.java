package io.scimgate.functions.stream;

import io.scimgate.testing.jar.FunctionJarAudit;

/** The deployable stream-function.jar through every storage operation, on its own classpath. */
class StreamJarIT extends FunctionJarAudit {
  StreamJarIT() {
    super("stream-function");
  }
}
