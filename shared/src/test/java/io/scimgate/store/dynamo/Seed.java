package io.scimgate.store.dynamo;

import io.scimgate.store.StoredResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Bulk test data written with BatchWriteItem: user items exactly as the store writes them, but
 * without markers or counters (only for tests that need many users to exist, not to be unique).
 */
final class Seed {
  private Seed() {}

  /** Users {@code <prefix>00000 …} with userName {@code <prefix>N}; returns their ids. */
  static List<String> users(Dynamo dynamo, String tenantId, String prefix, int n) {
    List<String> ids = new ArrayList<>();
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Instant now = Instant.now();
    for (int i = 0; i < n; i++) {
      String id = String.format("%s%05d", prefix, i);
      var document = Users.user(prefix + i);
      items.add(
          DynamoUserStore.item(
              tenantId, new StoredResource(id, 1, now, now, document), UserFields.of(document)));
      ids.add(id);
    }
    new Batches(dynamo).put(items);
    return ids;
  }
}
