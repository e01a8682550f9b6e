package io.scimgate.functions.groups;

import io.scimgate.testing.jar.FunctionJarAudit;

/** The deployable groups-function.jar through every storage operation, on its own classpath. */
class GroupsJarIT extends FunctionJarAudit {
  GroupsJarIT() {
    super("groups-function");
  }
}
