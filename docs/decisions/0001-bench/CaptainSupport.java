// In-memory wiring for de.captaingoldfish:scim-sdk-server used by the 0001 bench (our own code).
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.captaingoldfish.scim.sdk.common.resources.Group;
import de.captaingoldfish.scim.sdk.common.resources.ResourceNode;
import de.captaingoldfish.scim.sdk.common.resources.ServiceProvider;
import de.captaingoldfish.scim.sdk.common.resources.User;
import de.captaingoldfish.scim.sdk.common.resources.complex.FilterConfig;
import de.captaingoldfish.scim.sdk.common.resources.complex.PatchConfig;
import de.captaingoldfish.scim.sdk.common.constants.enums.SortOrder;
import de.captaingoldfish.scim.sdk.common.schemas.SchemaAttribute;
import de.captaingoldfish.scim.sdk.common.utils.JsonHelper;
import de.captaingoldfish.scim.sdk.server.endpoints.Context;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceEndpoint;
import de.captaingoldfish.scim.sdk.server.endpoints.ResourceHandler;
import de.captaingoldfish.scim.sdk.server.endpoints.base.GroupEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.endpoints.base.UserEndpointDefinition;
import de.captaingoldfish.scim.sdk.server.filter.FilterNode;
import de.captaingoldfish.scim.sdk.server.response.PartialListResponse;
import de.captaingoldfish.scim.sdk.server.schemas.ResourceType;

final class CaptainSupport {
  static final String BASE = "https://localhost/scim/v2";
  static final Map<String, String> HEADERS = Map.of("Content-Type", "application/scim+json");

  final ServiceProvider sp;
  final ResourceEndpoint endpoint;
  final UserHandler users = new UserHandler();
  final GroupHandler groups = new GroupHandler();
  final ResourceType userType;
  final ResourceType groupType;

  CaptainSupport(boolean azureWorkarounds) { this(azureWorkarounds, null); }

  CaptainSupport(boolean azureWorkarounds,
      de.captaingoldfish.scim.sdk.server.patch.PatchOperationHandler<Group> groupPatchHandler) {
    groups.patchHandler = groupPatchHandler;
    sp = ServiceProvider.builder()
        .filterConfig(FilterConfig.builder().supported(true).maxResults(100).build())
        .patchConfig(PatchConfig.builder().supported(true)
            .activateMsAzureFilterWorkaround(azureWorkarounds)
            .activateMsAzureValueSubAttributeWorkaround(azureWorkarounds)
            .activateMsAzureComplexSimpleValueWorkaround(azureWorkarounds)
            .build())
        .build();
    endpoint = new ResourceEndpoint(sp);
    userType = endpoint.registerEndpoint(new UserEndpointDefinition(users));
    groupType = endpoint.registerEndpoint(new GroupEndpointDefinition(groups));
  }

  static class Store<T extends ResourceNode> {
    final Map<String, T> byId = new HashMap<>();
  }

  static final class UserHandler extends ResourceHandler<User> {
    final Store<User> store = new Store<>();
    int getCalls;
    @Override public User createResource(User r, Context c) { store.byId.put(r.getId().get(), r); return r; }
    @Override public User getResource(String id, List<SchemaAttribute> a, List<SchemaAttribute> e, Context c) {
      getCalls++;
      User u = store.byId.get(id);
      return u == null ? null : JsonHelper.copyResourceToObject(u.deepCopy(), User.class);
    }
    @Override public PartialListResponse<User> listResources(long s, int n, FilterNode f, SchemaAttribute sb, SortOrder so,
        List<SchemaAttribute> a, List<SchemaAttribute> e, Context c) {
      return PartialListResponse.<User>builder().resources(new ArrayList<>(store.byId.values())).totalResults(store.byId.size()).build();
    }
    @Override public User updateResource(User r, Context c) { store.byId.put(r.getId().get(), r); return r; }
    @Override public void deleteResource(String id, Context c) { store.byId.remove(id); }
  }

  static final class GroupHandler extends ResourceHandler<Group> {
    final Store<Group> store = new Store<>();
    int getCalls;
    de.captaingoldfish.scim.sdk.server.patch.PatchOperationHandler<Group> patchHandler;
    @Override public de.captaingoldfish.scim.sdk.server.patch.PatchOperationHandler<Group> getPatchOpResourceHandler(String id, Context c) {
      return patchHandler != null ? patchHandler : super.getPatchOpResourceHandler(id, c);
    }
    @Override public Group createResource(Group r, Context c) { store.byId.put(r.getId().get(), r); return r; }
    @Override public Group getResource(String id, List<SchemaAttribute> a, List<SchemaAttribute> e, Context c) {
      getCalls++;
      Group g = store.byId.get(id);
      return g == null ? null : JsonHelper.copyResourceToObject(g.deepCopy(), Group.class);
    }
    @Override public PartialListResponse<Group> listResources(long s, int n, FilterNode f, SchemaAttribute sb, SortOrder so,
        List<SchemaAttribute> a, List<SchemaAttribute> e, Context c) {
      return PartialListResponse.<Group>builder().resources(new ArrayList<>(store.byId.values())).totalResults(store.byId.size()).build();
    }
    @Override public Group updateResource(Group r, Context c) { store.byId.put(r.getId().get(), r); return r; }
    @Override public void deleteResource(String id, Context c) { store.byId.remove(id); }
  }

  void seedUser(String json) {
    User u = JsonHelper.readJsonDocument(json, User.class);
    users.store.byId.put(u.getId().get(), u);
  }

  void seedGroup(String json) {
    Group g = JsonHelper.readJsonDocument(json, Group.class);
    groups.store.byId.put(g.getId().get(), g);
  }
}
