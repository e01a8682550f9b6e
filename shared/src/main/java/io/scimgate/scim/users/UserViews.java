package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.common.ResourceMeta;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.resource.AttributeSelection;
import io.scimgate.scim.resource.Projection;
import io.scimgate.scim.resource.ResourceValidator;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaRegistry;
import io.scimgate.store.GroupStore;
import io.scimgate.store.StoredResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Users as clients see them: the stored document with {@code id} and {@code meta}, plus the
 * readOnly {@code groups} (RFC 7643 §4.1.2) read from the reverse side of the memberships, and only
 * when the response will carry them: {@code groupsOf} per user and one batched read of the groups'
 * display names per response.
 */
final class UserViews {
  private static final String GROUPS_ENDPOINT = SchemaRegistry.standard().group().endpoint();

  private final ResourceType type;
  private final GroupStore groups;
  private final ResourceValidator policy;
  private final Function<String, Predicate<String>> storedAttributes;

  UserViews(
      ResourceType type, GroupStore groups, Function<String, Predicate<String>> storedAttributes) {
    this.type = type;
    this.groups = groups;
    this.policy = new ResourceValidator(type);
    this.storedAttributes = storedAttributes;
  }

  /**
   * Users in order, projected; groups read in one batch for all of them when the selection returns
   * them and {@code mayHaveGroups} (false for a user created a moment ago).
   */
  List<ObjectNode> views(
      ScimContext context,
      List<StoredResource> users,
      AttributeSelection selection,
      boolean mayHaveGroups) {
    List<ObjectNode> full = full(context, users, mayHaveGroups && selection.wants(type, "groups"));
    List<ObjectNode> out = new ArrayList<>(full.size());
    full.forEach(user -> out.add(Projection.project(type, user, selection)));
    return out;
  }

  /** Users with id and meta and, when {@code withGroups}, their groups; not projected. */
  List<ObjectNode> full(ScimContext context, List<StoredResource> users, boolean withGroups) {
    List<ObjectNode> out = new ArrayList<>(users.size());
    Predicate<String> keep = storedAttributes.apply(context.tenantId());
    users.forEach(user -> out.add(policy.retain(ResourceMeta.render(type, user, context), keep)));
    if (withGroups && !users.isEmpty()) {
      addGroups(context, users, out);
    }
    return out;
  }

  private void addGroups(ScimContext context, List<StoredResource> users, List<ObjectNode> out) {
    String tenant = context.tenantId();
    List<List<String>> groupIds = new ArrayList<>(users.size());
    Set<String> distinct = new LinkedHashSet<>();
    for (StoredResource user : users) {
      List<String> ids = groups.groupsOf(tenant, user.id());
      groupIds.add(ids);
      distinct.addAll(ids);
    }
    if (distinct.isEmpty()) {
      return;
    }
    Map<String, String> displays = new HashMap<>();
    for (StoredResource group : groups.getAll(tenant, distinct)) {
      displays.put(group.id(), group.document().path("displayName").asText(null));
    }
    for (int i = 0; i < users.size(); i++) {
      ArrayNode array = out.get(i).putArray("groups");
      for (String id : groupIds.get(i)) {
        ObjectNode group =
            array.addObject().put("value", id).put("$ref", context.location(GROUPS_ENDPOINT, id));
        if (displays.get(id) != null) {
          group.put("display", displays.get(id));
        }
        group.put("type", "direct");
      }
      if (array.isEmpty()) {
        out.get(i).remove("groups");
      }
    }
  }
}
