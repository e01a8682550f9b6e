package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.scim.common.ETags;
import io.scimgate.scim.common.RequestBodies;
import io.scimgate.scim.common.ResourceResponses;
import io.scimgate.scim.common.StoreErrors;
import io.scimgate.scim.common.VersionRetry;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.patch.PatchApplier;
import io.scimgate.scim.patch.PatchOperation;
import io.scimgate.scim.patch.PatchRequestParser;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;
import java.util.List;

/**
 * PATCH of a user (RFC 7644 §3.5.2), all operations or none: they are applied to the current
 * document, the result is normalised like a PUT body (types, sizes, primary, tenant policy) and
 * written with the version it was read at. Without {@code If-Match} a lost race re-reads and
 * re-applies ({@link VersionRetry}); with it, a stale version is 412. A PATCH that changes nothing
 * writes nothing and keeps the version.
 *
 * <p>Answers 200 with the user (projected by {@code attributes}/{@code excludedAttributes}), or 204
 * when the request carries an empty {@code attributes=}: the client asked for nothing back.
 */
record UserPatch(
    PatchApplier applier, UserStore users, UserWrites writes, UserResponses responses) {
  HttpResponse patch(ScimContext context, HttpRequest request, String id) {
    List<PatchOperation> operations = PatchRequestParser.parse(RequestBodies.json(request));
    StoredResource patched =
        StoreErrors.translate(() ->
            VersionRetry.run(
                ETags.conditional(request),
                () -> {
                  StoredResource current = writes.existing(context, id);
                  ETags.checkIfMatch(request, current.version());
                  ObjectNode working = current.document().deepCopy().put("id", current.id());
                  ObjectNode document =
                      writes.normalize(context, applier.apply(working, operations));
                  writes.required().requireKept(context.tenantId(), current.document(), document);
                  if (document.equals(current.document())) {
                    return current;
                  }
                  return users
                      .replace(context.tenantId(), id, current.version(), document)
                      .orElseThrow(() -> UserWrites.notFound(id));
                }));
    if (request.queryParam("attributes").filter(String::isBlank).isPresent()) {
      return ResourceResponses.noContent(patched.version(), responses.location(context, patched));
    }
    return responses.written(200, context, request, patched, true);
  }
}
