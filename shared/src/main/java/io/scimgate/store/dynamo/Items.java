package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.n;
import static io.scimgate.store.dynamo.Dynamo.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.store.ItemTooLargeException;
import io.scimgate.store.StoredResource;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The attributes every resource item carries: the SCIM document as a JSON string ({@code doc}),
 * {@code version}, and {@code created} / {@code lastModified} as ISO-8601 strings; the sort key is
 * the resource id.
 */
final class Items {
  static final String DOC = "doc";
  static final String VERSION = "version";
  static final String CREATED = "created";
  static final String LAST_MODIFIED = "lastModified";
  static final String EXTERNAL_ID = "externalId";

  /** On a uniqueness marker: the id of the resource that holds the value. */
  static final String OWNER = "id";

  /**
   * Largest item the store writes. DynamoDB's hard limit is 400 KB (names and values in UTF-8); the
   * margin covers the estimate's slack and attributes added later (e.g. by UpdateItem).
   */
  static final int MAX_ITEM_BYTES = 350 * 1024;

  private Items() {}

  /** The node's text when it is a non-empty string, else null (absent, another type, empty). */
  static String text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }

  static Map<String, AttributeValue> resource(String pk, StoredResource resource) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(Keys.PK, s(pk));
    item.put(Keys.SK, s(resource.id()));
    item.put(DOC, s(Json.write(resource.document())));
    item.put(VERSION, n(resource.version()));
    item.put(CREATED, s(resource.created().toString()));
    item.put(LAST_MODIFIED, s(resource.lastModified().toString()));
    return item;
  }

  static StoredResource resource(Map<String, AttributeValue> item) {
    return resource(item, document(item));
  }

  /** As {@link #resource(Map)}, with the document already parsed. */
  static StoredResource resource(Map<String, AttributeValue> item, ObjectNode document) {
    return new StoredResource(
        item.get(Keys.SK).s(),
        Long.parseLong(item.get(VERSION).n()),
        Instant.parse(item.get(CREATED).s()),
        Instant.parse(item.get(LAST_MODIFIED).s()),
        document);
  }

  static ObjectNode document(Map<String, AttributeValue> item) {
    try {
      return (ObjectNode) Json.parse(item.get(DOC).s());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  /** A uniqueness marker naming its owner. */
  static Map<String, AttributeValue> marker(String pk, String sk, String ownerId) {
    return Map.of(Keys.PK, s(pk), Keys.SK, s(sk), OWNER, s(ownerId));
  }

  /** Refuses an item DynamoDB would reject for its size, before anything is sent. */
  static void checkSize(Map<String, AttributeValue> item) {
    long bytes = 0;
    for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
      bytes += utf8(attribute.getKey()) + size(attribute.getValue());
    }
    if (bytes > MAX_ITEM_BYTES) {
      throw new ItemTooLargeException(bytes, MAX_ITEM_BYTES);
    }
  }

  private static long size(AttributeValue value) {
    if (value.s() != null) {
      return utf8(value.s());
    }
    if (value.n() != null) {
      return value.n().length();
    }
    return 1;
  }

  private static long utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
