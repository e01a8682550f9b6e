package io.scimgate.store.dynamo;

import java.util.Locale;

/**
 * The table's key design, in one place (docs/decisions/0002-dynamodb-keys.md). Every partition key
 * starts with {@code T#<tenant>#}, so no key built here can reach another tenant's items.
 */
public final class Keys {
  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1 = "gsi1";
  public static final String GSI1_PK = "gsi1pk";
  public static final String GSI1_SK = "gsi1sk";
  public static final String EXPIRES_AT = "expiresAt";

  private Keys() {}

  /** Tenant record, tokens and counters: {@code T#<t>#}. */
  public static String tenant(String tenantId) {
    return "T#" + tenantId + "#";
  }

  public static final String TENANT_SK = "TENANT";

  public static String tokenSk(String digest) {
    return "TOKEN#" + digest;
  }

  /** All users of a tenant, sorted by id: {@code T#<t>#USER}. */
  public static String users(String tenantId) {
    return tenant(tenantId) + "USER";
  }

  /** All groups of a tenant, sorted by id. */
  public static String groups(String tenantId) {
    return tenant(tenantId) + "GROUP";
  }

  /** Members of one group, one item per member, sorted by user id. */
  public static String members(String tenantId, String groupId) {
    return tenant(tenantId) + "MEMBERS#" + groupId;
  }

  /** gsi1 partition of a user's memberships (the reverse side of {@link #members}). */
  public static String memberOf(String tenantId, String userId) {
    return tenant(tenantId) + "MEMBEROF#" + userId;
  }

  /** gsi1 partition of users with that work email (lower-cased). */
  public static String workEmail(String tenantId, String email) {
    return tenant(tenantId) + "EMAIL#" + email.toLowerCase(Locale.ROOT);
  }

  /** Uniqueness markers, written in the same transaction as the resource. */
  public static String unique(String tenantId) {
    return tenant(tenantId) + "UNIQUE";
  }

  public static String userNameSk(String userName) {
    return "userName#" + userName.toLowerCase(Locale.ROOT);
  }

  public static String userExternalIdSk(String externalId) {
    return "userExternalId#" + externalId;
  }

  public static String groupNameSk(String displayName) {
    return "groupName#" + displayName.toLowerCase(Locale.ROOT);
  }

  public static String groupExternalIdSk(String externalId) {
    return "groupExternalId#" + externalId;
  }

  /** Grants of the tenant's groups, one item per group. */
  public static String grants(String tenantId) {
    return tenant(tenantId) + "GRANTS";
  }

  /** Resume points of index-based paging (short-lived, TTL). */
  public static String pages(String tenantId) {
    return tenant(tenantId) + "PAGE";
  }
}
