package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.patch.PatchApplier;
import io.scimgate.scim.patch.PatchOperation;
import io.scimgate.scim.resource.ResourceValidator;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import java.util.List;

/**
 * The group document ({@code displayName}, {@code externalId}; never {@code members}): normalised
 * from POST and PUT bodies, patched with {@link PatchApplier}. A patched document is normalised
 * like a PUT body, so a PATCH cannot store what a PUT would refuse.
 */
final class GroupDocumentEdit {
  private final ResourceType type = SchemaRegistry.standard().group();
  private final ResourceValidator validator = new ResourceValidator(type);
  private final PatchApplier applier = new PatchApplier(type);

  /** A POST or PUT body, normalised; {@code members} is still in it. */
  ObjectNode normalize(JsonNode body) {
    return validator.normalize(body);
  }

  /** The stored form of a normalised body: without members. */
  static ObjectNode withoutMembers(ObjectNode normalized) {
    ObjectNode document = normalized.deepCopy();
    document.remove("members");
    return document;
  }

  void checkImmutable(ObjectNode stored, ObjectNode replacement) {
    validator.checkImmutable(stored, replacement);
  }

  /** The patched document, or {@code null} when the operations leave it as stored. */
  ObjectNode patch(ObjectNode stored, List<PatchOperation> operations) {
    if (operations.isEmpty()) {
      return null;
    }
    ObjectNode patched = applier.apply(stored, operations);
    if (patched.equals(stored)) {
      return null;
    }
    ObjectNode normalized = validator.normalize(patched);
    return normalized.equals(stored) ? null : normalized;
  }
}
