package io.scimgate.store.dynamo;

import static io.scimgate.store.dynamo.Dynamo.s;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Membership items: one per (group, user), {@code pk = T#<t>#MEMBERS#<group>}, {@code sk = user},
 * with {@code gsi1pk = T#<t>#MEMBEROF#<user>}, {@code gsi1sk = group} for the reverse side and
 * {@code display} (the user's displayName, else userName) copied when the member is added.
 */
record Memberships(Dynamo dynamo) {
  static final String DISPLAY = "display";
  static final String MEMBER_COUNT = "members";

  static Map<String, AttributeValue> key(String tenantId, String groupId, String userId) {
    return Dynamo.key(Keys.members(tenantId, groupId), userId);
  }

  /** Idempotent add: putting a present member again only refreshes its display. */
  TransactWriteItem put(String tenantId, String groupId, String userId, String display) {
    Map<String, AttributeValue> item = new HashMap<>(key(tenantId, groupId, userId));
    item.put(Keys.GSI1_PK, s(Keys.memberOf(tenantId, userId)));
    item.put(Keys.GSI1_SK, s(groupId));
    item.put(DISPLAY, s(display));
    return dynamo.putAction(p -> p.item(item));
  }

  /** Put of a membership that must not exist yet (a real addition). */
  TransactWriteItem putNew(String tenantId, String groupId, String userId, String display) {
    Map<String, AttributeValue> item = new HashMap<>(key(tenantId, groupId, userId));
    item.put(Keys.GSI1_PK, s(Keys.memberOf(tenantId, userId)));
    item.put(Keys.GSI1_SK, s(groupId));
    item.put(DISPLAY, s(display));
    return dynamo.putAction(p -> p.item(item).conditionExpression("attribute_not_exists(pk)"));
  }

  /** Delete of a membership that must exist (a real removal). */
  TransactWriteItem deletePresent(String tenantId, String groupId, String userId) {
    return dynamo.deleteAction(
        d -> d.key(key(tenantId, groupId, userId)).conditionExpression("attribute_exists(pk)"));
  }

  /** ADD to the group's member counter ({@code T#<t>#MEMBERCOUNT}, sk = group id). */
  TransactWriteItem count(String tenantId, String groupId, long delta) {
    return dynamo.updateAction(u ->
        u.key(Dynamo.key(Keys.memberCounts(tenantId), groupId))
            .updateExpression("ADD #c :d")
            .expressionAttributeNames(Map.of("#c", MEMBER_COUNT))
            .expressionAttributeValues(Map.of(":d", Dynamo.n(delta))));
  }

  /** Member counts of those groups (one batched read); a group without a counter has 0. */
  Map<String, Long> counts(String tenantId, List<String> groupIds) {
    Map<String, Long> out = new HashMap<>();
    List<Map<String, AttributeValue>> keys =
        groupIds.stream().distinct().map(g -> Dynamo.key(Keys.memberCounts(tenantId), g)).toList();
    for (Map<String, AttributeValue> item : new Batches(dynamo).get(keys, null)) {
      AttributeValue count = item.get(MEMBER_COUNT);
      out.put(item.get(Keys.SK).s(), count == null ? 0 : Long.parseLong(count.n()));
    }
    return out;
  }

  /** Which of these users are members of the group now (one batched, consistent read). */
  Set<String> present(String tenantId, String groupId, List<String> userIds) {
    List<Map<String, AttributeValue>> keys =
        userIds.stream()
            .distinct()
            .filter(Keys::storableId)
            .map(u -> key(tenantId, groupId, u))
            .toList();
    Set<String> out = new HashSet<>();
    new Batches(dynamo).get(keys, "sk").forEach(item -> out.add(item.get(Keys.SK).s()));
    return out;
  }

  /** Idempotent remove. */
  TransactWriteItem delete(String tenantId, String groupId, String userId) {
    return dynamo.deleteAction(d -> d.key(key(tenantId, groupId, userId)));
  }

  /** ConditionCheck that the item exists (the group a membership removal counts against). */
  TransactWriteItem exists(String pk, String sk) {
    return dynamo.checkAction(
        c -> c.key(Dynamo.key(pk, sk)).conditionExpression("attribute_exists(pk)"));
  }

  /** "The item still exists" (a member's user, or the group itself), as a condition. */
  static final Condition EXISTS = Condition.of("attribute_exists(pk)");

  /**
   * The membership items of a user, from gsi1 (eventually consistent: a membership written a moment
   * ago may be missing, see {@link MembershipCleanup} for how deletes cover that).
   */
  List<Map<String, AttributeValue>> ofUser(String tenantId, String userId) {
    return dynamo.gsi1(Keys.memberOf(tenantId, userId));
  }

  /** Rewrites {@code display} on every membership of the user: O(groups of the user). */
  void refreshDisplay(String tenantId, String userId, String display) {
    for (Map<String, AttributeValue> membership : ofUser(tenantId, userId)) {
      if (display.equals(Items.string(membership, DISPLAY))) {
        continue;
      }
      try {
        // Never resurrect a membership removed meanwhile.
        dynamo.update(
            Dynamo.key(membership.get(Keys.PK).s(), userId),
            "SET #d = :d",
            new Condition("attribute_exists(pk)", Map.of("#d", DISPLAY), Map.of(":d", s(display))));
      } catch (ConditionalCheckFailedException removedMeanwhile) {
        // The membership went away between the index read and the update: nothing to refresh.
      }
    }
  }

  /** The display values of those users that exist (one batched read), by user id. */
  Map<String, String> displays(String tenantId, List<String> userIds) {
    List<Map<String, AttributeValue>> keys =
        userIds.stream().map(u -> Dynamo.key(Keys.users(tenantId), u)).toList();
    Map<String, String> displays = new HashMap<>();
    for (Map<String, AttributeValue> user : new Batches(dynamo).get(keys, "sk, " + DISPLAY)) {
      displays.put(user.get(Keys.SK).s(), Items.string(user, DISPLAY));
    }
    return displays;
  }
}
