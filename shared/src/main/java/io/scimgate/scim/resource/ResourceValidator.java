package io.scimgate.scim.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.InvalidSyntaxException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.error.MutabilityException;
import io.scimgate.scim.schema.AttributeDef;
import io.scimgate.scim.schema.ResourceType;
import io.scimgate.scim.schema.SchemaDef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Validates and normalises a User or Group body of a POST (RFC 7644 §3.3) or PUT (§3.5.1) into the
 * canonical form the service stores and projects.
 *
 * <p>The canonical form is a new object: {@code schemas} lists the core schema and the extensions
 * that carry a value; attribute and sub-attribute names have their schema spelling (input names are
 * case-insensitive, RFC 7643 §2.1); attributes follow schema order; values of multi-valued
 * attributes keep the order sent; extension attributes sit under their schema URN, whether sent
 * nested or as URN-qualified keys. Values are checked against the served schema (RFC 7643 §2.3).
 *
 * <p>What is dropped rather than rejected, and why:
 *
 * <ul>
 *   <li>Unknown attributes and unknown schema URNs: Okta and Entra both send attributes of their
 *       own (custom app attributes, {@code ADSCIM/Group}); failing on them would stop provisioning.
 *   <li>readOnly attributes and sub-attributes ({@code id}, {@code meta}, {@code groups}, {@code
 *       members.display}, {@code manager.displayName}): RFC 7644 §3.3 says they SHALL be ignored,
 *       and Okta sends {@code members.display}.
 *   <li>{@code password}: this service never stores credentials.
 *   <li>null, empty arrays and empty complex values: "unassigned" per RFC 7643 §2.5.
 * </ul>
 */
public final class ResourceValidator {
  private static final Map<String, Set<String>> ALWAYS_KEPT =
      Map.of(
          "User", Set.of("userName", "name", "emails", "active", "externalId"),
          "Group", Set.of("displayName", "members", "externalId"));

  private final ResourceType type;
  private final AttributeValues values;
  private final Set<String> alwaysKept;

  public ResourceValidator(ResourceType type) {
    this.type = type;
    this.values = new AttributeValues(new ValueLimits(type));
    this.alwaysKept = ALWAYS_KEPT.getOrDefault(type.name(), Set.of());
  }

  /** Normalises a POST or PUT body, keeping every attribute of the schema. */
  public ObjectNode normalize(JsonNode body) {
    return normalize(body, name -> true);
  }

  /**
   * Normalises a POST or PUT body, keeping only the optional attributes the tenant stores.
   *
   * @param keepOptional tells, by canonical top-level attribute name or extension schema URN,
   *     whether an optional attribute is stored; required attributes and the ones IdPs match on
   *     (User: userName, name, emails, active, externalId; Group: displayName, members, externalId)
   *     are always kept
   * @throws InvalidSyntaxException when the body is not an object or does not list the core schema
   * @throws io.scimgate.scim.error.InvalidValueException when a value has the wrong type or size, a
   *     required value is missing, or more than one value of an attribute is primary
   */
  public ObjectNode normalize(JsonNode body, Predicate<String> keepOptional) {
    if (body == null || !body.isObject()) {
      throw new InvalidSyntaxException("The request body must be a JSON object");
    }
    requireCoreSchema(body);
    RawAttributes raw = RawAttributes.collect(type, body);
    ObjectNode out = Json.object();
    ArrayNode schemas = out.putArray("schemas");
    SchemaDef core = type.schema();
    schemas.add(core.id());
    emit(out, type.commonAttributes(), raw.of(core), "", keepOptional);
    emit(out, core.attributes(), raw.of(core), "", keepOptional);
    for (SchemaDef extension : type.extensions()) {
      ObjectNode extensionOut = Json.object();
      emit(
          extensionOut,
          extension.attributes(),
          raw.of(extension),
          extension.id() + ":",
          name -> true);
      if (!extensionOut.isEmpty() && keepOptional.test(extension.id())) {
        out.set(extension.id(), extensionOut);
        schemas.add(extension.id());
      }
    }
    requireRequired(core, out, "");
    return out;
  }

  private void emit(
      ObjectNode out,
      List<AttributeDef> defs,
      Map<String, JsonNode> raw,
      String prefix,
      Predicate<String> keepOptional) {
    for (AttributeDef def : defs) {
      JsonNode given = raw.get(def.name());
      if (given == null || !AttributeValues.isClientWritable(def) || !kept(def, keepOptional)) {
        continue;
      }
      JsonNode value = values.normalize(def, given, prefix + def.name());
      if (value != null) {
        out.set(def.name(), value);
      }
    }
  }

  private boolean kept(AttributeDef def, Predicate<String> keepOptional) {
    return def.required() || alwaysKept.contains(def.name()) || keepOptional.test(def.name());
  }

  /**
   * Whether a tenant with this attribute policy keeps the core top-level attribute named {@code
   * name} (required and always-kept attributes always; unknown names never).
   */
  public boolean keeps(String name, Predicate<String> keepOptional) {
    return type.schema().attribute(name).map(def -> kept(def, keepOptional)).orElse(false);
  }

  /**
   * A copy of a stored resource without what the policy does not keep: users written before the
   * policy changed still hold attributes the tenant has since chosen not to sync.
   */
  public ObjectNode retain(ObjectNode resource, Predicate<String> keepOptional) {
    ObjectNode out = resource.deepCopy();
    for (AttributeDef def : type.schema().attributes()) {
      if (out.has(def.name()) && !kept(def, keepOptional)) {
        out.remove(def.name());
      }
    }
    for (var extension : type.extensions()) {
      if (out.has(extension.id()) && !keepOptional.test(extension.id())) {
        out.remove(extension.id());
        JsonNode schemas = out.get("schemas");
        if (schemas != null && schemas.isArray()) {
          var kept = out.putArray("schemas");
          schemas.forEach(urn -> {
            if (!urn.asText().equalsIgnoreCase(extension.id())) {
              kept.add(urn);
            }
          });
        }
      }
    }
    return out;
  }

  private void requireCoreSchema(JsonNode body) {
    JsonNode listed = RawAttributes.field(body, "schemas");
    String core = type.schema().id();
    boolean found = false;
    if (listed != null && listed.isTextual()) {
      found = listed.textValue().equalsIgnoreCase(core);
    } else if (listed != null && listed.isArray()) {
      for (JsonNode urn : listed) {
        found |= urn.isTextual() && urn.textValue().equalsIgnoreCase(core);
      }
    }
    if (!found) {
      throw new InvalidSyntaxException("'schemas' must list " + core);
    }
  }

  private static void requireRequired(SchemaDef schema, ObjectNode out, String prefix) {
    for (AttributeDef def : schema.attributes()) {
      JsonNode value = out.get(def.name());
      if (def.required() && (value == null || (value.isTextual() && value.textValue().isBlank()))) {
        throw new InvalidValueException("Attribute '" + prefix + def.name() + "' is required");
      }
    }
  }

  /**
   * Rejects a PUT that changes an immutable value (RFC 7644 §3.5.1): when {@code existing} has a
   * value for an immutable attribute, {@code replacement} must carry the same value or none (the
   * caller then keeps the stored one). Both arguments are canonical (outputs of {@link
   * #normalize}). Immutable sub-attributes of multi-valued attributes ({@code members.value}) are
   * not compared: a PUT replaces the whole list, and a value that changes is a new member.
   *
   * @throws MutabilityException when an immutable value would change
   */
  public void checkImmutable(ObjectNode existing, ObjectNode replacement) {
    ImmutableValues.check(type, existing, replacement);
  }
}
