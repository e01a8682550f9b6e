package io.scimgate.functions.users;

import io.scimgate.testing.HandlerLayering;

/** UsersHandler only adapts (the rule and its reasons are in {@link HandlerLayering}). */
class UsersHandlerLayeringTest extends HandlerLayering {}
