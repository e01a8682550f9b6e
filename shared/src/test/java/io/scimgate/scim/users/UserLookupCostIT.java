package io.scimgate.scim.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.store.dynamo.DynamoGroupStore;
import io.scimgate.store.dynamo.DynamoUserStore;
import io.scimgate.testing.CountedTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lookups IdPs make cost a constant number of DynamoDB requests, whatever the tenant's size
 * (docs/architecture.md): the same filters against 10 and against 500 users.
 */
class UserLookupCostIT {
  private static final String[] FILTERS = {
    "userName eq \"USER7@EXAMPLE.COM\"",
    "externalId eq \"ext-7\"",
    "emails[type eq \"work\"].value eq \"user7@example.com\"",
    "userName eq \"user7@example.com\" and active eq true",
    "userName eq \"00000000-0000-4000-8000-000000000000\"",
  };

  @Test
  void indexedFilters_costTheSameRequestsFor10And500Users() {
    Map<String, Long> small = requestsPerFilter(10);
    Map<String, Long> large = requestsPerFilter(500);

    assertEquals(small, large);
    small.forEach(
        (filter, requests) -> assertEquals(true, requests <= 2, filter + " took " + requests));
  }

  private static Map<String, Long> requestsPerFilter(int tenantSize) {
    CountedTable table = CountedTable.fresh();
    UsersClient users =
        UsersClient.inMemory(
            new UsersResource(
                new DynamoUserStore(table.dynamo()), new DynamoGroupStore(table.dynamo())));
    for (int i = 0; i < tenantSize; i++) {
      users.create(
          "user" + i + "@example.com",
          "\"externalId\":\"ext-" + i + "\"",
          "\"emails\":[{\"value\":\"user" + i + "@example.com\",\"type\":\"work\"}]");
    }
    Map<String, Long> requests = new LinkedHashMap<>();
    for (String filter : FILTERS) {
      table.counter().reset();
      var reply = users.list(Map.of("filter", filter, "attributes", "userName"));
      assertEquals(200, reply.status(), filter);
      requests.put(filter, table.counter().stats().totalRequests());
    }
    return requests;
  }
}
