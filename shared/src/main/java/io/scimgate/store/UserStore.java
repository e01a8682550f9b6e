package io.scimgate.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Users of a tenant, as SCIM resources. */
public interface UserStore {

  /** One page of a listing and the total number of users it was drawn from. */
  record Page(List<ObjectNode> resources, long totalResults) {}

  /** Users in id order: items {@code startIndex} (1-based) to {@code startIndex + count - 1}. */
  Page list(String tenantId, int startIndex, int count);
}
