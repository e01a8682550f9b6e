package io.scimgate.functions.discovery;

import io.scimgate.testing.HandlerLayering;

/** DiscoveryHandler only adapts (the rule and its reasons are in {@link HandlerLayering}). */
class DiscoveryHandlerLayeringTest extends HandlerLayering {}
