package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One PATCH operation (RFC 7644 §3.5.2).
 *
 * @param op add, replace or remove
 * @param path the target, or {@code null} for a path-less add/replace whose value is an object of
 *     attribute paths
 * @param value the operation's value, or {@code null} when the request had none; a JSON null is
 *     kept as {@code NullNode} and skipped by {@link PatchApplier} (Entra cannot clear by null)
 */
public record PatchOperation(Op op, PatchPath path, JsonNode value) {
  public PatchOperation {
    Objects.requireNonNull(op);
  }

  /** The operation kinds; the wire form is case-insensitive (Entra sends {@code "Add"}). */
  public enum Op {
    ADD,
    REPLACE,
    REMOVE;

    public static Optional<Op> fromWire(String text) {
      for (Op op : values()) {
        if (op.name().equalsIgnoreCase(text)) {
          return Optional.of(op);
        }
      }
      return Optional.empty();
    }
  }
}
