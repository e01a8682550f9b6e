package io.scimgate.scim.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimgate.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schemas and resource types this service serves, loaded once from the JSON documents under
 * {@code /scim/} on the classpath. {@code /Schemas} serves these documents; validation, filtering
 * and projection use the {@link ResourceType}s built from them.
 */
public final class SchemaRegistry {
  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  public static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
  public static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  private static final List<String> SCHEMA_FILES =
      List.of(
          "/scim/schemas/User.json",
          "/scim/schemas/EnterpriseUser.json",
          "/scim/schemas/Group.json");

  private final Map<String, JsonNode> schemaJson = new LinkedHashMap<>();
  private final ResourceType user;
  private final ResourceType group;

  private SchemaRegistry() {
    for (String file : SCHEMA_FILES) {
      JsonNode node = read(file);
      schemaJson.put(node.path("id").asText(), node);
    }
    List<AttributeDef> common = SchemaJson.attributes(read("/scim/schemas/common-attributes.json"));
    user =
        new ResourceType(
            "User",
            "/Users",
            "User Account",
            SchemaJson.schema(schemaJson.get(USER)),
            List.of(SchemaJson.schema(schemaJson.get(ENTERPRISE_USER))),
            common);
    group =
        new ResourceType(
            "Group",
            "/Groups",
            "Group",
            SchemaJson.schema(schemaJson.get(GROUP)),
            List.of(),
            common);
  }

  private static final SchemaRegistry STANDARD = new SchemaRegistry();

  /** The registry built from the bundled documents (loaded once per JVM). */
  public static SchemaRegistry standard() {
    return STANDARD;
  }

  public ResourceType user() {
    return user;
  }

  public ResourceType group() {
    return group;
  }

  public List<ResourceType> resourceTypes() {
    return List.of(user, group);
  }

  /** The served schema documents, in a stable order. */
  public List<JsonNode> schemaDocuments() {
    return new ArrayList<>(schemaJson.values());
  }

  public Optional<JsonNode> schemaDocument(String id) {
    return schemaJson.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(id))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = SchemaRegistry.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + resource);
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
