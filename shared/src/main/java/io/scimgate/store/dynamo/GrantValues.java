package io.scimgate.store.dynamo;

import io.scimgate.access.Grant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Grants as a DynamoDB list of {@code {community, role}} maps. */
final class GrantValues {
  private GrantValues() {}

  static AttributeValue of(List<Grant> grants) {
    return AttributeValue.fromL(
        grants.stream()
            .map(g ->
                AttributeValue.fromM(
                    Map.of(
                        "community", AttributeValue.fromS(g.community()),
                        "role", AttributeValue.fromS(g.role()))))
            .toList());
  }

  static List<Grant> from(AttributeValue value) {
    if (value == null || !value.hasL()) {
      return List.of();
    }
    return value.l().stream()
        .map(v -> new Grant(v.m().get("community").s(), v.m().get("role").s()))
        .toList();
  }
}
