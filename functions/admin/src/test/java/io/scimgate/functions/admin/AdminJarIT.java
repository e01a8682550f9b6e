package io.scimgate.functions.admin;

import io.scimgate.testing.jar.FunctionJarAudit;

/** The deployable admin-function.jar through every storage operation, on its own classpath. */
class AdminJarIT extends FunctionJarAudit {
  AdminJarIT() {
    super("admin-function");
  }
}
