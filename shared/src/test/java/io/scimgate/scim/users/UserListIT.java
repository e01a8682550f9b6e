package io.scimgate.scim.users;

import io.scimgate.testing.TestTenant;

/** {@link UserListSpec} through the front door, over DynamoDB Local. */
class UserListIT extends UserListSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.over(TestTenant.create("acme"));
  }
}
