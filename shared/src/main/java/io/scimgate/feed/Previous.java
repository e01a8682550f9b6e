package io.scimgate.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code previous} of an update event: the prior value of exactly the attributes that changed,
 * compared as top-level attributes of the view (a changed {@code name.givenName} reports the whole
 * prior {@code name}); an attribute that did not exist before is reported as {@code null}. {@code
 * meta} is not an attribute a client changes and is left out.
 */
public final class Previous {
  private Previous() {}

  public static ObjectNode of(ObjectNode before, ObjectNode after) {
    Set<String> names = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(names::add);
    after.fieldNames().forEachRemaining(names::add);
    names.remove("meta");
    ObjectNode previous = Json.object();
    for (String name : names) {
      JsonNode old = before.get(name);
      JsonNode now = after.get(name);
      if (old == null ? now != null : !old.equals(now)) {
        previous.set(name, old == null ? NullNode.getInstance() : old.deepCopy());
      }
    }
    return previous;
  }
}
