package io.scimgate.store.dynamo;

import io.scimgate.store.StoredResource;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Strongly consistent reads by key: one item, or many resources by id in one batch. */
record Reads(Dynamo dynamo) {

  /** The item, or empty (also for an id no key could hold: such an id names nothing). */
  Optional<Map<String, AttributeValue>> item(String pk, String sk) {
    if (!Keys.fits(pk, sk)) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item =
        dynamo.get(r -> r.key(Dynamo.key(pk, sk)).consistentRead(true));
    return Dynamo.present(item) ? Optional.of(item) : Optional.empty();
  }

  /**
   * Every item of partition {@code pk} whose sort key starts with {@code skPrefix} (all of them
   * when it is null), strongly consistent, following pages to the end. For small, bounded sets
   * (tokens, counter shards, grants).
   */
  List<Map<String, AttributeValue>> prefixed(String pk, String skPrefix) {
    return dynamo.queryAll(r ->
        r.keyConditionExpression(
                skPrefix == null ? "pk = :pk" : "pk = :pk and begins_with(sk, :prefix)")
            .expressionAttributeValues(
                skPrefix == null
                    ? Map.of(":pk", Dynamo.s(pk))
                    : Map.of(":pk", Dynamo.s(pk), ":prefix", Dynamo.s(skPrefix)))
            .consistentRead(true));
  }

  /** The resources of the partition with these ids, in the order asked, missing ones skipped. */
  List<StoredResource> byIds(String partition, Collection<String> ids) {
    List<String> wanted = new LinkedHashSet<>(ids).stream().filter(Keys::storableId).toList();
    Map<String, StoredResource> found = new HashMap<>();
    for (Map<String, AttributeValue> item :
        new Batches(dynamo)
            .get(wanted.stream().map(id -> Dynamo.key(partition, id)).toList(), null)) {
      StoredResource resource = Items.resource(item);
      found.put(resource.id(), resource);
    }
    return wanted.stream().filter(found::containsKey).map(found::get).toList();
  }
}
