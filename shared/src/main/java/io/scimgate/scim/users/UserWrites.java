package io.scimgate.scim.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.http.HttpRequest;
import io.scimgate.http.HttpResponse;
import io.scimgate.scim.common.ETags;
import io.scimgate.scim.common.RequestBodies;
import io.scimgate.scim.common.StoreErrors;
import io.scimgate.scim.common.VersionRetry;
import io.scimgate.scim.endpoint.ScimContext;
import io.scimgate.scim.error.NotFoundException;
import io.scimgate.scim.resource.ResourceValidator;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.Mutability;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.store.StoredResource;
import io.scimgate.store.UserStore;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * POST (RFC 7644 §3.3), PUT (§3.5.1) and DELETE (§3.6) of users. Bodies are normalised against the
 * served schemas with the tenant's attribute policy; readOnly values and {@code password} are
 * dropped (this service never stores credentials), unknown attributes are ignored. Uniqueness of
 * userName and externalId is the store's transaction; a collision is 409 uniqueness.
 */
final class UserWrites {
  private final ResourceType type;
  private final UserStore users;
  private final ResourceValidator validator;
  private final Function<String, Predicate<String>> storedAttributes;
  private final UserResponses responses;
  private final RequiredValues required;

  UserWrites(
      ResourceType type,
      UserStore users,
      Function<String, Predicate<String>> storedAttributes,
      RequiredValues required,
      UserResponses responses) {
    this.type = type;
    this.required = required;
    this.users = users;
    this.validator = new ResourceValidator(type);
    this.storedAttributes = storedAttributes;
    this.responses = responses;
  }

  /** The canonical form of a body as this tenant stores it. */
  ObjectNode normalize(ScimContext context, JsonNode body) {
    return validator.normalize(body, storedAttributes.apply(context.tenantId()));
  }

  /** The tenant's required attributes (checked by PATCH for removal). */
  RequiredValues required() {
    return required;
  }

  HttpResponse create(ScimContext context, HttpRequest request) {
    ObjectNode document = normalize(context, RequestBodies.json(request));
    required.requireAll(context.tenantId(), document);
    String id = UUID.randomUUID().toString();
    StoredResource created =
        StoreErrors.translate(() -> users.create(context.tenantId(), id, document));
    return responses.written(201, context, request, created, false);
  }

  /**
   * Replaces every attribute the client may write: omitted ones are cleared, readOnly ones are
   * ignored, an immutable value may be repeated or omitted (it is then kept) but not changed.
   */
  HttpResponse replace(ScimContext context, HttpRequest request, String id) {
    ObjectNode replacement = normalize(context, RequestBodies.json(request));
    required.requireAll(context.tenantId(), replacement);
    StoredResource replaced =
        StoreErrors.translate(() ->
            VersionRetry.run(
                ETags.conditional(request),
                () -> {
                  StoredResource current = existing(context, id);
                  ETags.checkIfMatch(request, current.version());
                  validator.checkImmutable(current.document(), replacement);
                  ObjectNode document = keepImmutable(current.document(), replacement.deepCopy());
                  return users
                      .replace(context.tenantId(), id, current.version(), document)
                      .orElseThrow(() -> notFound(id));
                }));
    return responses.written(200, context, request, replaced, true);
  }

  /**
   * Deletes the user and its memberships; with {@code If-Match}, only the named version, in one
   * write conditional on it (a stale or concurrently changed version is 412).
   */
  HttpResponse delete(ScimContext context, HttpRequest request, String id) {
    boolean deleted;
    if (ETags.conditional(request)) {
      StoredResource current = existing(context, id);
      ETags.checkIfMatch(request, current.version());
      deleted =
          StoreErrors.translate(() -> users.delete(context.tenantId(), id, current.version()));
    } else {
      deleted = StoreErrors.translate(() -> users.delete(context.tenantId(), id));
    }
    if (!deleted) {
      throw notFound(id);
    }
    return HttpResponse.empty(204);
  }

  StoredResource existing(ScimContext context, String id) {
    return users.get(context.tenantId(), id).orElseThrow(() -> notFound(id));
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException("No user with id '" + id + "'.");
  }

  private ObjectNode keepImmutable(ObjectNode current, ObjectNode replacement) {
    for (AttributeDef def : type.schema().attributes()) {
      if (def.mutability() == Mutability.IMMUTABLE
          && !replacement.has(def.name())
          && current.has(def.name())) {
        replacement.set(def.name(), current.get(def.name()));
      }
    }
    return replacement;
  }
}
