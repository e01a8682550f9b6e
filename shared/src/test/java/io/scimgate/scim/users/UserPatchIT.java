package io.scimgate.scim.users;

import io.scimgate.testing.TestTenant;

/** {@link UserPatchSpec} through the front door, over DynamoDB Local. */
class UserPatchIT extends UserPatchSpec {
  @Override
  protected UsersClient client() {
    return UsersClient.over(TestTenant.create("acme"));
  }
}
