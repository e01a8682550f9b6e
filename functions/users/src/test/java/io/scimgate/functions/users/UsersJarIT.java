package io.scimgate.functions.users;

import io.scimgate.testing.jar.FunctionJarAudit;

/** The deployable users-function.jar through every storage operation, on its own classpath. */
class UsersJarIT extends FunctionJarAudit {
  UsersJarIT() {
    super("users-function");
  }
}
