package io.scimgate.functions.admin;

import io.scimgate.testing.HandlerLayering;

/** AdminHandler only adapts (the rule and its reasons are in {@link HandlerLayering}). */
class AdminHandlerLayeringTest extends HandlerLayering {}
