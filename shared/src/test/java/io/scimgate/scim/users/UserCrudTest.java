package io.scimgate.scim.users;

class UserCrudTest extends UserCrudSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.inMemory(new UsersResource(new InMemoryUserStore(), new InMemoryGroupStore()));
  }
}
