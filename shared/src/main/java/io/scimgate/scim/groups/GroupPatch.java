package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.patch.PatchOperation;
import io.scimgate.scim.patch.PatchOperation.Op;
import io.scimgate.scim.patch.PatchPath;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed Group PATCH operations (RFC 7644 §3.5.2) into a {@link GroupChange}: operations on
 * {@code members} become a member delta, built without reading the member list unless an operation
 * needs the whole list; the others go to {@code PatchApplier} on the group document. Every member
 * form Okta and Entra send is understood (docs/groups.md):
 *
 * <ul>
 *   <li>{@code add members} with a value array: those users join; extra keys are ignored;
 *   <li>{@code remove members[value eq "u"]}: u leaves; other value filters are evaluated on the
 *       stored members;
 *   <li>{@code remove members} with a value array (Entra): exactly those leave, never all; without
 *       a value everyone leaves (RFC 7644 §3.5.2.2);
 *   <li>{@code replace members} (with a path, or path-less {@code {"members":[…]}}): the list
 *       becomes the value;
 *   <li>path-less {@code replace} of {@code {"id":"…","displayName":"…"}} (Okta's rename): an
 *       {@code id} equal to the group's is ignored, another one is a mutability error.
 * </ul>
 */
final class GroupPatch {
  private final ResourceType type = SchemaRegistry.standard().group();
  private final GroupDocumentEdit documents;
  private final MemberFilter memberFilter = new MemberFilter(type);

  GroupPatch(GroupDocumentEdit documents) {
    this.documents = documents;
  }

  /**
   * @param stored the stored group document (without members)
   * @param members the stored members, read only when an operation needs them
   */
  GroupChange plan(
      String groupId, ObjectNode stored, List<PatchOperation> operations, StoredMembers members) {
    MemberDelta delta = new MemberDelta();
    List<PatchOperation> documentOps = new ArrayList<>();
    boolean readMembers = false;
    for (PatchOperation operation : operations) {
      if (operation.path() == null) {
        readMembers |= pathless(groupId, operation, delta, members, documentOps);
      } else if (is(operation.path(), "members")) {
        readMembers |= members(operation.op(), operation.path(), operation.value(), delta, members);
      } else if (is(operation.path(), "id")) {
        throw new MutabilityException("'id' is readOnly.");
      } else {
        documentOps.add(operation);
      }
    }
    return new GroupChange(documents.patch(stored, documentOps), delta, readMembers);
  }

  /**
   * Splits a path-less value: {@code id} is checked, {@code members} is a member op, the rest is
   * the document's.
   */
  private boolean pathless(
      String groupId,
      PatchOperation operation,
      MemberDelta delta,
      StoredMembers members,
      List<PatchOperation> documentOps) {
    if (operation.value() == null || !operation.value().isObject()) {
      return false;
    }
    ObjectNode rest = operation.value().deepCopy();
    boolean readMembers = false;
    for (Map.Entry<String, JsonNode> field : operation.value().properties()) {
      PatchPath key = PatchPath.parse(field.getKey());
      if (is(key, "id")) {
        if (!field.getValue().isTextual() || !field.getValue().textValue().equals(groupId)) {
          throw new MutabilityException(
              "'id' is readOnly; it cannot change to " + field.getValue() + ".");
        }
        rest.remove(field.getKey());
      } else if (is(key, "members")) {
        readMembers |= members(operation.op(), key, field.getValue(), delta, members);
        rest.remove(field.getKey());
      }
    }
    if (!rest.isEmpty()) {
      documentOps.add(new PatchOperation(operation.op(), null, rest));
    }
    return readMembers;
  }

  private boolean members(
      Op op, PatchPath path, JsonNode value, MemberDelta delta, StoredMembers members) {
    if (path.attribute().subAttribute() != null
        || path.subAttribute() != null
        || (path.valueFilter() != null && op != Op.REMOVE)) {
      throw new MutabilityException(
          "Member values are immutable; add or remove members with path 'members' instead.");
    }
    if (path.valueFilter() != null) {
      List<String> named = memberFilter.ids(path.valueFilter());
      if (named != null) {
        delta.remove(named);
        return false;
      }
      delta.remove(members.matching(m -> memberFilter.matches(path.valueFilter(), m)));
      return true;
    }
    switch (op) {
      case ADD -> delta.add(MemberValues.ids(value));
      case REMOVE -> {
        if (value == null || value.isNull()) {
          delta.replace(members.ids(), List.of());
          return true;
        }
        delta.remove(MemberValues.ids(value));
      }
      case REPLACE -> {
        delta.replace(members.ids(), MemberValues.ids(value));
        return true;
      }
    }
    return false;
  }

  /** Whether the path names the core attribute {@code name} (bare or URN-qualified). */
  private boolean is(PatchPath path, String name) {
    return type.resolve(path.attribute().withoutSub().toString())
        .map(r -> r.attribute().name().equals(name))
        .orElse(false);
  }
}
