package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.json.Json;
import io.scimgate.scim.error.TooManyException;
import io.scimgate.store.GroupStore;
import java.nio.charset.StandardCharsets;

/**
 * Renders {@code members} for responses within a budget that keeps every response under the Lambda
 * payload limit (6 MB, with the body escaped inside the API Gateway envelope). One budget covers a
 * whole response, so a list of many large groups is bounded like one huge group. Over budget the
 * request fails with 400 {@code tooMany} naming {@code excludedAttributes=members}; membership of a
 * large group is read with the filter {@code id eq "g" and members[value eq "u"]}.
 */
final class MemberRendering {
  /** Members one response may carry. */
  static final int MAX_MEMBERS = 20_000;

  /** Bytes of member JSON one response may carry (each member counted with its escaping). */
  static final int MAX_MEMBER_BYTES = 4 * 1024 * 1024;

  private final GroupStore store;
  private final String tenantId;
  private final String baseUrl;
  private int members;
  private long bytes;

  MemberRendering(GroupStore store, String tenantId, String baseUrl) {
    this.store = store;
    this.tenantId = tenantId;
    this.baseUrl = baseUrl;
  }

  /** All members of a group, read page by page; fails as soon as the budget is exceeded. */
  ArrayNode members(String groupId) {
    ArrayNode out = Json.array();
    String after = null;
    do {
      int limit = Math.min(StoredMembers.PAGE, MAX_MEMBERS - members + 1);
      GroupStore.MemberPage page = store.members(tenantId, groupId, after, limit);
      for (GroupStore.Member m : page.members()) {
        ObjectNode rendered = member(m, baseUrl);
        charge(rendered);
        out.add(rendered);
      }
      after = page.next();
    } while (after != null);
    return out;
  }

  private void charge(ObjectNode rendered) {
    String json = Json.write(rendered);
    long quotes = json.chars().filter(c -> c == '"' || c == '\\').count();
    bytes += json.getBytes(StandardCharsets.UTF_8).length + quotes + 1;
    members++;
    if (members > MAX_MEMBERS || bytes > MAX_MEMBER_BYTES) {
      throw new TooManyException(
          "The response would carry more than "
              + MAX_MEMBERS
              + " members (or "
              + MAX_MEMBER_BYTES
              + " bytes of them). Read the group with excludedAttributes=members "
              + "and check membership with filter=id eq \"<group>\" and members[value eq \"<user>\"].");
    }
  }

  /** One member as SCIM renders it (RFC 7643 §4.2); without {@code $ref} when no base URL. */
  static ObjectNode member(GroupStore.Member m, String baseUrl) {
    ObjectNode member = Json.object();
    member.put("value", m.userId());
    if (baseUrl != null) {
      member.put("$ref", baseUrl + "/Users/" + m.userId());
    }
    if (m.display() != null) {
      member.put("display", m.display());
    }
    member.put("type", "User");
    return member;
  }
}
