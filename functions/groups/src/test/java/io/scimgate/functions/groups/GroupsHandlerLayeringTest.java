package io.scimgate.functions.groups;

import io.scimgate.testing.HandlerLayering;

/** GroupsHandler only adapts (the rule and its reasons are in {@link HandlerLayering}). */
class GroupsHandlerLayeringTest extends HandlerLayering {}
