package io.scimgate.store.dynamo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

  /** Member counters, one item per group (sk = group id), moved with each membership change. */
  public static String memberCounts(String tenantId) {
    return tenant(tenantId) + "MEMBERCOUNT";
  }

  /** gsi1 partition of a user's memberships (the reverse side of {@link #members}). */
  public static String memberOf(String tenantId, String userId) {
    return tenant(tenantId) + "MEMBEROF#" + userId;
  }

  /** Uniqueness markers, written in the same transaction as the resource. */
  public static String unique(String tenantId) {
    return tenant(tenantId) + "UNIQUE";
  }

  /** Grants of the tenant's groups, one item per group. */
  public static String grants(String tenantId) {
    return tenant(tenantId) + "GRANTS";
  }

  /** The tenant's change feed, sorted by event id = commit stamp (0060-change-feed.md). */
  public static String events(String tenantId) {
    return tenant(tenantId) + "EVENT";
  }

  /** Resume points of index-based paging (short-lived, TTL). */
  public static String pages(String tenantId) {
    return tenant(tenantId) + "PAGE";
  }

  /** DynamoDB's limits on key attributes, in UTF-8 bytes. */
  public static final int MAX_PARTITION_KEY_BYTES = 2048;

  public static final int MAX_SORT_KEY_BYTES = 1024;

  /**
   * The longest resource id the store accepts: it is a sort key and part of the membership and gsi1
   * partition keys, so it must leave room for the tenant prefix.
   */
  public static final int MAX_ID_BYTES = 512;

  /** Number of counter shards per tenant ({@link #counterSk}). */
  public static final int COUNTER_SHARDS = 8;

  /** One shard of the tenant's counters, under {@link #tenant}: {@code COUNT#<shard>}. */
  public static String counterSk(int shard) {
    return COUNTER_PREFIX + shard;
  }

  public static final String COUNTER_PREFIX = "COUNT#";

  /** Pending membership cleanup of a deleted resource, under {@link #tenant}. */
  public static String cleanupSk(String kind, String id) {
    return CLEANUP_PREFIX + kind + "#" + id;
  }

  public static final String CLEANUP_PREFIX = "CLEANUP#";

  /** A resume point of a listing, under {@link #pages}: {@code <kind>#<queryKey>#<startIndex>}. */
  public static String pageSk(String kind, String queryKey, int startIndex) {
    return fitted(kind + "#", queryKey == null ? "" : queryKey, 256) + "#" + startIndex;
  }

  /** True when an id can be stored (non-empty and short enough for every key it appears in). */
  public static boolean storableId(String id) {
    return id != null && !id.isEmpty() && utf8Length(id) <= MAX_ID_BYTES;
  }

  /** True when DynamoDB accepts this primary key (non-empty, within the size limits). */
  public static boolean fits(String pk, String sk) {
    return !pk.isEmpty()
        && !sk.isEmpty()
        && utf8Length(pk) <= MAX_PARTITION_KEY_BYTES
        && utf8Length(sk) <= MAX_SORT_KEY_BYTES;
  }

  /**
   * The marker of a userName under {@link #unique}: {@code userName#<lower-cased>}, bounded to the
   * sort-key limit ({@link #fitted}); likewise the other markers.
   */
  public static String userNameMarker(String userName) {
    return fitted("userName#", userName.toLowerCase(Locale.ROOT), MAX_SORT_KEY_BYTES);
  }

  public static String userExternalIdMarker(String externalId) {
    return fitted("userExternalId#", externalId, MAX_SORT_KEY_BYTES);
  }

  public static String groupNameMarker(String displayName) {
    return fitted("groupName#", displayName.toLowerCase(Locale.ROOT), MAX_SORT_KEY_BYTES);
  }

  public static String groupExternalIdMarker(String externalId) {
    return fitted("groupExternalId#", externalId, MAX_SORT_KEY_BYTES);
  }

  /**
   * gsi1 partition of users with that work email: {@code T#<t>#EMAIL#<lower-cased>}, bounded to the
   * partition-key limit ({@link #fitted}).
   */
  public static String workEmailKey(String tenantId, String email) {
    return fitted(
        tenant(tenantId) + "EMAIL#", email.toLowerCase(Locale.ROOT), MAX_PARTITION_KEY_BYTES);
  }

  /**
   * {@code prefix + value} when it fits in {@code maxBytes}, else the prefix plus a SHA-256 of the
   * value: a very long userName or email still gets a unique, bounded key instead of a DynamoDB
   * validation error. Short values keep their readable form.
   */
  static String fitted(String prefix, String value, int maxBytes) {
    String whole = prefix + value;
    return utf8Length(whole) <= maxBytes ? whole : prefix + "~sha256:" + sha256(value);
  }

  private static int utf8Length(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
