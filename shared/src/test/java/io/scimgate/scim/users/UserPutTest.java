package io.scimgate.scim.users;

class UserPutTest extends UserPutSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.inMemory(new UsersResource(new InMemoryUserStore(), new InMemoryGroupStore()));
  }
}
