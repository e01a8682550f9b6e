package io.scimgate.scim.patch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.scim.filter.TestResources;
import java.util.List;

/**
 * One row of a PATCH table: a resource, the {@code Operations} array as the IdP sends it, and the
 * expected resource (or failure). JSON is written with single quotes.
 */
record PatchCase(String name, ObjectNode resource, String operations, ObjectNode expected) {
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  static PatchCase of(String name, String resource, String operations, String expected) {
    return new PatchCase(
        name,
        TestResources.object(resource),
        operations,
        expected == null ? null : TestResources.object(expected));
  }

  /** The operations through {@link PatchRequestParser}, wrapped in a PatchOp message. */
  List<PatchOperation> ops() {
    return PatchRequestParser.parse(
        TestResources.json(
            "{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': "
                + operations
                + "}"));
  }

  @Override
  public String toString() {
    return name;
  }
}
