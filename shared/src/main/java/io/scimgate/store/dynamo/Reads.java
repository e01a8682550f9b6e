package io.scimgate.store.dynamo;

import io.scimgate.store.StoredResource;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Strongly consistent reads by key: one item, or many resources by id in one batch. */
final class Reads {
  private Reads() {}

  /** The item, or empty (also for an id no key could hold: such an id names nothing). */
  static Optional<Map<String, AttributeValue>> item(Dynamo dynamo, String pk, String sk) {
    if (!Keys.fits(pk, sk)) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item =
        dynamo.call(
            () ->
                dynamo
                    .client()
                    .getItem(r -> r.tableName(dynamo.table()).key(Dynamo.key(pk, sk)).consistentRead(true))
                    .item());
    return Dynamo.present(item) ? Optional.of(item) : Optional.empty();
  }

  /** The resources of the partition with these ids, in the order asked, missing ones skipped. */
  static List<StoredResource> byIds(Dynamo dynamo, String partition, List<String> ids) {
    List<String> wanted = new LinkedHashSet<>(ids).stream().filter(Keys::storableId).toList();
    Map<String, StoredResource> found = new HashMap<>();
    for (Map<String, AttributeValue> item :
        Batches.get(dynamo, wanted.stream().map(id -> Dynamo.key(partition, id)).toList(), null)) {
      StoredResource resource = Items.resource(item);
      found.put(resource.id(), resource);
    }
    return wanted.stream().filter(found::containsKey).map(found::get).toList();
  }
}
