package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import io.scimgate.store.GroupStore.Member;
import io.scimgate.store.GroupStore.MemberPage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The membership reads of the group store: a group's members by page, one membership, a user's
 * groups. Each is a constant number of requests, whatever the group's size.
 */
record GroupMemberReads(Batches batches, Memberships memberships, Dynamo dynamo) {
  private static final int MAX_MEMBER_PAGE = 1_000;

  MemberPage members(String tenantId, String groupId, String after, int limit) {
    int size = Math.max(1, Math.min(limit, MAX_MEMBER_PAGE));
    String pk = Keys.members(tenantId, groupId);
    if (!Keys.storableId(groupId) || (after != null && !Keys.fits(pk, after))) {
      return new MemberPage(List.of(), null);
    }
    QueryResponse page =
        dynamo.query(r ->
            r.keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(pk)))
                .exclusiveStartKey(after == null ? null : Dynamo.key(pk, after))
                .limit(size + 1)
                .consistentRead(true));
    List<Member> found =
        page.items().stream()
            .map(i -> new Member(i.get(Keys.SK).s(), Items.string(i, Memberships.DISPLAY)))
            .toList();
    if (found.size() > size) {
      return new MemberPage(found.subList(0, size), found.get(size - 1).userId());
    }
    boolean more = Dynamo.hasMore(page) && !found.isEmpty();
    return new MemberPage(found, more ? found.getLast().userId() : null);
  }

  /**
   * One request (a BatchGetItem of the membership, the group and the user): a membership whose
   * group or user was deleted while its cleanup is still running does not count.
   */
  boolean isMember(String tenantId, String groupId, String userId) {
    if (!Keys.storableId(groupId) || !Keys.storableId(userId)) {
      return false;
    }
    return batches
            .get(
                List.of(
                    Memberships.key(tenantId, groupId, userId),
                    Dynamo.key(Keys.groups(tenantId), groupId),
                    Dynamo.key(Keys.users(tenantId), userId)),
                "pk")
            .size()
        == 3;
  }

  /** One gsi1 Query for the user's memberships, then one batched read to drop deleted groups. */
  List<String> groupsOf(String tenantId, String userId) {
    if (!Keys.storableId(userId)) {
      return List.of();
    }
    List<String> groupIds =
        memberships.ofUser(tenantId, userId).stream().map(m -> m.get(Keys.GSI1_SK).s()).toList();
    Set<String> existing =
        batches
            .get(groupIds.stream().map(g -> Dynamo.key(Keys.groups(tenantId), g)).toList(), "sk")
            .stream()
            .map(i -> i.get(Keys.SK).s())
            .collect(Collectors.toSet());
    return groupIds.stream().filter(existing::contains).toList();
  }
}
