package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.scim.error.InvalidPathException;
import io.scimgate.scim.error.InvalidSyntaxException;
import io.scimgate.scim.error.InvalidValueException;
import io.scimgate.scim.error.NoTargetException;
import io.scimgate.scim.filter.ResourceNodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PATCH request body (RFC 7644 §3.5.2): {@code schemas} must list {@value #PATCH_OP} and
 * {@code Operations} must be a non-empty array. Keys and {@code op} values are case-insensitive;
 * extra keys on an operation (Entra's {@code "name": "addMember"}) are ignored.
 */
public final class PatchRequestParser {
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private PatchRequestParser() {}

  /**
   * @throws InvalidSyntaxException when the message structure is wrong
   * @throws InvalidPathException when a path is malformed
   * @throws NoTargetException for a remove without path (RFC 7644 §3.5.2.2)
   * @throws InvalidValueException for an add or replace without value, or a path-less one whose
   *     value is not an object
   */
  public static List<PatchOperation> parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidSyntaxException("a PATCH body must be a JSON object");
    }
    if (!listsPatchOp(ResourceNodes.field(body, "schemas"))) {
      throw new InvalidSyntaxException("schemas must contain \"" + PATCH_OP + "\"");
    }
    JsonNode operations = ResourceNodes.field(body, "Operations");
    if (operations == null || !operations.isArray() || operations.isEmpty()) {
      throw new InvalidSyntaxException("Operations must be a non-empty array");
    }
    List<PatchOperation> ops = new ArrayList<>();
    for (JsonNode operation : operations) {
      ops.add(operation(operation, ops.size() + 1));
    }
    return List.copyOf(ops);
  }

  private static boolean listsPatchOp(JsonNode schemas) {
    if (schemas == null) {
      return false;
    }
    if (schemas.isTextual()) {
      return schemas.textValue().equalsIgnoreCase(PATCH_OP);
    }
    for (JsonNode urn : schemas) {
      if (urn.isTextual() && urn.textValue().equalsIgnoreCase(PATCH_OP)) {
        return true;
      }
    }
    return false;
  }

  private static PatchOperation operation(JsonNode operation, int number) {
    if (!operation.isObject()) {
      throw new InvalidSyntaxException("operation " + number + " is not an object");
    }
    JsonNode opNode = ResourceNodes.field(operation, "op");
    PatchOperation.Op op =
        PatchOperation.Op.fromWire(opNode == null ? null : opNode.asText(null))
            .orElseThrow(() ->
                new InvalidSyntaxException(
                    "operation " + number + ": op must be \"add\", \"replace\" or \"remove\""));
    PatchPath path = path(ResourceNodes.field(operation, "path"), number);
    JsonNode value = ResourceNodes.field(operation, "value");
    if (op == PatchOperation.Op.REMOVE && path == null) {
      throw new NoTargetException("operation " + number + ": remove requires a path");
    }
    if (op != PatchOperation.Op.REMOVE && value == null) {
      throw new InvalidValueException(
          "operation " + number + ": " + op.name().toLowerCase(Locale.ROOT) + " requires a value");
    }
    if (op != PatchOperation.Op.REMOVE && path == null && !value.isObject() && !value.isNull()) {
      throw new InvalidValueException(
          "operation " + number + ": without a path the value must be an object");
    }
    return new PatchOperation(op, path, value);
  }

  private static PatchPath path(JsonNode node, int number) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidPathException("operation " + number + ": path must be a string");
    }
    return PatchPath.parse(node.textValue());
  }
}
