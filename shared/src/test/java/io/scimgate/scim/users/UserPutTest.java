package io.scimgate.scim.users;

import io.scimgate.testing.InMemoryGroupStore;

class UserPutTest extends UserPutSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.inMemory(
        new UsersResource(new InMemoryUserStore(), new InMemoryGroupStore()));
  }
}
