package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.error.InvalidFilterException;
import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.error.NoTargetException;
import io.scimgate.scim.filter.Filter;
import io.scimgate.scim.filter.FilterEvaluator;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaDef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource of one type, all or nothing: the
 * operations run on a deep copy, which is returned; on any exception the input is untouched.
 *
 * <p>Beyond the RFC, what Okta and Entra send (docs/idp-dialects.md) is accepted: path-less
 * add/replace whose keys are attribute paths ({@code "active"}, {@code "name.givenName"}, {@code
 * "urn:…:enterprise:2.0:User:employeeNumber"}) or extension URNs holding an object; booleans as
 * strings; value-filter add/replace that creates the entry it names; manager as a bare id; member
 * removal by value array. JSON null values are skipped rather than clearing (Entra cannot clear by
 * null), and {@code schemas} keys in a path-less value or an extension object are ignored (the
 * server keeps {@code schemas}). A key of a value that names no attribute is invalidValue.
 * Maintaining {@code meta} is left to the caller.
 */
public final class PatchApplier {
  private final ResourceType type;
  private final FilterEvaluator evaluator;
  private final FilteredPatch filtered;

  public PatchApplier(ResourceType type) {
    this.type = type;
    this.evaluator = new FilterEvaluator(type);
    this.filtered = new FilteredPatch(evaluator);
  }

  /**
   * The patched copy of {@code resource}.
   *
   * @throws InvalidPathException for an unknown attribute or a malformed operation path
   * @throws InvalidValueException also for a key inside a value that names no attribute
   * @throws MutabilityException for a change to a readOnly attribute or a set immutable one
   * @throws InvalidValueException for a value of the wrong type, two primary values or the removal
   *     of a required attribute
   * @throws NoTargetException for an add/replace whose value filter matches and describes nothing
   */
  public ObjectNode apply(ObjectNode resource, List<PatchOperation> ops) {
    ObjectNode copy = resource.deepCopy();
    for (PatchOperation op : ops) {
      if (op.op() != PatchOperation.Op.REMOVE && (op.value() == null || op.value().isNull())) {
        continue;
      }
      if (op.path() == null) {
        pathless(copy, op.op(), op.value());
      } else {
        apply(copy, op.op(), op.path(), op.value());
      }
    }
    return copy;
  }

  private void pathless(ObjectNode resource, PatchOperation.Op op, JsonNode value) {
    if (!value.isObject()) {
      throw new InvalidValueException("without a path the value must be an object");
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      if (!field.getKey().equalsIgnoreCase("schemas")) {
        apply(resource, op, valueKey(field.getKey(), field.getKey()), field.getValue());
      }
    }
  }

  /**
   * A key inside an operation's value, read as an attribute path. A key that names nothing is a
   * fault of the value, not of the operation's path: 400 invalidValue (RFC 7644 §3.12).
   */
  private PatchPath valueKey(String key, String qualified) {
    PatchPath path;
    try {
      path = PatchPath.parse(qualified);
    } catch (InvalidPathException e) {
      throw new InvalidValueException("the value's key '" + key + "' is not an attribute name");
    }
    String name = path.attribute().toString();
    boolean known =
        path.valueFilter() == null && schema(name).isPresent() || type.resolve(name).isPresent();
    if (!known) {
      throw new InvalidValueException(
          "the value's key '" + key + "' is not an attribute of " + type.name());
    }
    return path;
  }

  private void apply(ObjectNode resource, PatchOperation.Op op, PatchPath path, JsonNode value) {
    Optional<SchemaDef> schema =
        path.valueFilter() == null ? schema(path.attribute().toString()) : Optional.empty();
    if (schema.isPresent()) {
      wholeSchema(resource, op, schema.get(), value);
      return;
    }
    String name = path.attribute().toString();
    ResourceType.ResolvedAttribute resolved =
        type.resolve(name)
            .orElseThrow(() ->
                new InvalidPathException("unknown attribute '" + name + "' for " + type.name()));
    PatchTarget target = new PatchTarget(resource, type, resolved, path.toString());
    if (path.valueFilter() == null) {
      AttributePatch.apply(target, op, value);
      return;
    }
    try {
      evaluator.validate(new Filter.ValuePath(path.attribute(), path.valueFilter()));
    } catch (InvalidFilterException e) {
      throw new InvalidPathException("invalid path '" + path + "': " + e.detail());
    }
    filtered.apply(target, op, path, value);
  }

  private Optional<SchemaDef> schema(String urn) {
    return type.schema().id().equalsIgnoreCase(urn)
        ? Optional.of(type.schema())
        : type.extension(urn);
  }

  /**
   * A schema URN as a path or a path-less key, {@code "urn:…:enterprise:2.0:User": {…}}: each key
   * of the object is an attribute of that schema. Removing an extension removes all its attributes.
   */
  private void wholeSchema(
      ObjectNode resource, PatchOperation.Op op, SchemaDef schema, JsonNode value) {
    if (op == PatchOperation.Op.REMOVE) {
      if (schema == type.schema()) {
        throw new InvalidPathException("the core schema '" + schema.id() + "' cannot be removed");
      }
      schema
          .attributes()
          .forEach(a -> apply(resource, op, PatchPath.parse(schema.id() + ":" + a.name()), null));
      PatchTarget.removeExtension(resource, schema.id());
      return;
    }
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.isObject()) {
      throw new InvalidValueException("'" + schema.id() + "' must be an object");
    }
    for (Map.Entry<String, JsonNode> field : value.properties()) {
      // An extension object may list its own "schemas" (scim2-models clients send it); POST and
      // PUT ignore that key, and so does PATCH: the server maintains "schemas".
      if (!field.getKey().equalsIgnoreCase("schemas")) {
        PatchPath key = valueKey(field.getKey(), schema.id() + ":" + field.getKey());
        apply(resource, op, key, field.getValue());
      }
    }
  }
}
