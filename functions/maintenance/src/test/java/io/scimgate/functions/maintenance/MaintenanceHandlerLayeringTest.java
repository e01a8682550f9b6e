package io.scimgate.functions.maintenance;

import io.scimgate.testing.HandlerLayering;

/** MaintenanceHandler only adapts (the rule and its reasons are in {@link HandlerLayering}). */
class MaintenanceHandlerLayeringTest extends HandlerLayering {}
