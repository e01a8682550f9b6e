package io.scimgate.functions.maintenance;

import io.scimgate.testing.jar.FunctionJarAudit;

/**
 * The deployable maintenance-function.jar through every storage operation, on its own classpath.
 */
class MaintenanceJarIT extends FunctionJarAudit {
  MaintenanceJarIT() {
    super("maintenance-function");
  }
}
