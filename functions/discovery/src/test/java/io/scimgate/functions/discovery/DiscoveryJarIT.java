package io.scimgate.functions.discovery;

import io.scimgate.testing.jar.FunctionJarAudit;

/** The deployable discovery-function.jar through every storage operation, on its own classpath. */
class DiscoveryJarIT extends FunctionJarAudit {
  DiscoveryJarIT() {
    super("discovery-function");
  }
}
