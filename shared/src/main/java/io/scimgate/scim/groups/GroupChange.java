package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a PATCH or PUT does to a group, in the terms of {@code GroupStore.update}.
 *
 * @param document the new group document, or {@code null} when it does not change
 * @param members the member additions and removals
 * @param readMembers the delta was computed from the stored member list (a whole-list replace), so
 *     it is only valid for the version that list was read at
 */
record GroupChange(ObjectNode document, MemberDelta members, boolean readMembers) {
  boolean isEmpty() {
    return document == null && members.isEmpty();
  }
}
