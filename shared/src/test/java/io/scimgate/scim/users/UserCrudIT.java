package io.scimgate.scim.users;

import io.scimgate.testing.TestTenant;

/** {@link UserCrudSpec} through the front door, over DynamoDB Local. */
class UserCrudIT extends UserCrudSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.over(TestTenant.create("acme"));
  }
}
