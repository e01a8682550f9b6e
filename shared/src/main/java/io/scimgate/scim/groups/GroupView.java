package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.common.ResourceMeta;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.resource.AttributeSelection;
import io.scimgate.scim.resource.Projection;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.store.StoredResource;

/**
 * A stored group as a response body (RFC 7643 §4.2): the document with {@code id} and {@code meta},
 * plus {@code members} — read from the membership items only when the selection wants them —
 * projected by the selection.
 */
final class GroupView {
  static final ResourceType TYPE = SchemaRegistry.standard().group();

  private GroupView() {}

  static ObjectNode render(
      ScimContext context,
      StoredResource group,
      AttributeSelection selection,
      MemberRendering members) {
    ObjectNode full = full(context, group);
    if (selection.wants(TYPE, "members")) {
      ArrayNode list = members.members(group.id());
      if (!list.isEmpty()) {
        JsonNode meta = full.remove("meta");
        full.set("members", list);
        full.set("meta", meta);
      }
    }
    return Projection.project(TYPE, full, selection);
  }

  /** The group without members: what filters on {@code id} and {@code meta} are evaluated on. */
  static ObjectNode full(ScimContext context, StoredResource group) {
    return ResourceMeta.render(TYPE, group, context);
  }

  static String location(ScimContext context, String id) {
    return ResourceMeta.location(TYPE, id, context);
  }
}
