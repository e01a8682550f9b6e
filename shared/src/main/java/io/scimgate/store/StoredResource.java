package io.scimgate.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A resource as the store keeps it: the SCIM document without {@code meta} (and, for groups,
 * without {@code members}), plus the facts the store owns: id, version, timestamps.
 *
 * @param version increases by one on every write; the ETag is derived from it
 */
public record StoredResource(
    String id, long version, Instant created, Instant lastModified, ObjectNode document) {}
