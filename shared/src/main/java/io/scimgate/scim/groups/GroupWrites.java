package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.scim.common.ETags;
import io.scimgate.scim.common.RequestBodies;
import io.scimgate.scim.common.StoreErrors;
import io.scimgate.scim.common.VersionRetry;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.error.TooManyException;
import io.scimgate.scim.patch.PatchOperation;
import io.scimgate.scim.patch.PatchRequestParser;
import io.scimgate.store.GroupStore;
import io.scimgate.store.StoredResource;
import java.util.List;

/**
 * POST, PUT and PATCH of a group. Member changes reach the store as deltas ({@code
 * GroupStore.update(add, remove)}), so changing k members costs O(k) writes whatever the group's
 * size. Only PUT and whole-list replacements read the stored member list; their delta is valid for
 * the version read, so that write is conditional on it and redone if a concurrent write got there
 * first ({@link VersionRetry}). Member-only PATCHes without {@code If-Match} are unconditional:
 * membership items are independent, so parallel PATCHes of different members all take effect.
 */
final class GroupWrites {
  private final GroupStore store;
  private final GroupDocumentEdit documents = new GroupDocumentEdit();
  private final GroupPatch patch = new GroupPatch(documents);

  GroupWrites(GroupStore store) {
    this.store = store;
  }

  StoredResource create(ScimContext context, HttpRequest request, String id) {
    ObjectNode normalized = documents.normalize(RequestBodies.json(request));
    List<String> members = memberIds(normalized);
    ObjectNode document = GroupDocumentEdit.withoutMembers(normalized);
    return StoreErrors.translate(() -> store.create(context.tenantId(), id, document, members));
  }

  StoredResource replace(ScimContext context, HttpRequest request, String id) {
    ObjectNode normalized = documents.normalize(RequestBodies.json(request));
    List<String> wanted = memberIds(normalized);
    ObjectNode document = GroupDocumentEdit.withoutMembers(normalized);
    return StoreErrors.translate(() ->
        VersionRetry.run(
            ETags.conditional(request),
            () -> {
              StoredResource stored = current(context, request, id);
              documents.checkImmutable(stored.document(), document);
              MemberDelta delta = new MemberDelta();
              delta.replace(new StoredMembers(store, context.tenantId(), id).ids(), wanted);
              ObjectNode changed = document.equals(stored.document()) ? null : document;
              return write(context, id, stored.version(), changed, delta);
            }));
  }

  StoredResource patch(ScimContext context, HttpRequest request, String id) {
    List<PatchOperation> operations = PatchRequestParser.parse(RequestBodies.json(request));
    boolean conditional = ETags.conditional(request);
    return StoreErrors.translate(() ->
        VersionRetry.run(
            conditional,
            () -> {
              StoredResource stored = current(context, request, id);
              GroupChange change =
                  patch.plan(
                      id,
                      stored.document(),
                      operations,
                      new StoredMembers(store, context.tenantId(), id));
              if (change.isEmpty()) {
                return stored;
              }
              boolean versioned = conditional || change.document() != null || change.readMembers();
              return write(
                  context,
                  id,
                  versioned ? stored.version() : null,
                  change.document(),
                  change.members());
            }));
  }

  /**
   * Deletes the group; with {@code If-Match}, only the named version, in one write conditional on
   * it (412 otherwise). Without, concurrent member changes do not stop it. False when absent.
   */
  boolean delete(ScimContext context, HttpRequest request, String id) {
    if (!ETags.conditional(request)) {
      return store.delete(context.tenantId(), id);
    }
    StoredResource stored = current(context, request, id);
    return StoreErrors.translate(() -> store.delete(context.tenantId(), id, stored.version()));
  }

  private StoredResource current(ScimContext context, HttpRequest request, String id) {
    StoredResource stored =
        store.get(context.tenantId(), id).orElseThrow(() -> GroupsResource.notFound(id));
    ETags.checkIfMatch(request, stored.version());
    return stored;
  }

  private StoredResource write(
      ScimContext context, String id, Long expected, ObjectNode document, MemberDelta delta) {
    return store
        .update(context.tenantId(), id, expected, document, delta.additions(), delta.removals())
        .orElseThrow(() -> GroupsResource.notFound(id));
  }

  private static List<String> memberIds(ObjectNode normalized) {
    List<String> ids = MemberValues.ids(normalized.get("members"));
    if (ids.size() > MemberRendering.MAX_MEMBERS) {
      throw new TooManyException(
          "A POST or PUT may carry at most "
              + MemberRendering.MAX_MEMBERS
              + " members; add more with PATCH (op add, path members).");
    }
    return ids;
  }
}
