package io.scimgate.scim.users;

import static io.scimgate.scim.users.UsersClient.patchOps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimgate.testing.FakeTime;
import io.scimgate.testing.InMemoryGroupStore;
import org.junit.jupiter.api.Test;

@SuppressWarnings("try") // request budgets are scopes: open around the calls, never referenced
class UserPatchTest extends UserPatchSpec {
  private InMemoryUserStore store;

  @Override
  protected UsersClient client() {
    store = new InMemoryUserStore();
    return UsersClient.inMemory(new UsersResource(store, new InMemoryGroupStore()));
  }

  @Test
  void patch_withoutIfMatch_retriesAfterAConcurrentWrite() {
    String id = users.post(USER).id();
    store.conflictsToInject = 2;

    var reply =
        users.patch(id, patchOps("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}"));

    assertEquals(200, reply.status());
    assertEquals("x", reply.body().path("title").asText());
  }

  @Test
  void patch_losingEveryRetry_withoutIfMatch_is503_not412() {
    String id = users.post(USER).id();
    store.conflictsToInject = 1_000;

    UsersClient.Reply reply;
    try (var budget = new FakeTime().budget()) { // the real policy, without waiting for it
      reply = users.patch(id, patchOps("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}"));
    }

    assertEquals(503, reply.status());
    assertEquals("5", reply.header("Retry-After"));
  }
}
