package io.scimgate.scim.users;

class UserListTest extends UserListSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.inMemory(new UsersResource(new InMemoryUserStore(), new InMemoryGroupStore()));
  }
}
