package io.scimgate.scim.users;

import io.scimgate.testing.TestTenant;

/** {@link UserPutSpec} through the front door, over DynamoDB Local. */
class UserPutIT extends UserPutSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.over(TestTenant.create("acme"));
  }
}
