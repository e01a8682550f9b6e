package io.scimgate.store.dynamo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every item family of a tenant, in the order an erasure deletes them, and the shapes a family can
 * have. Adding a family (the change feed's events, the request log) is one line in {@link #ALL}
 * with the partition key builder from its decision record.
 *
 * <p>Order matters in two places. Tokens go first: a token whose verification is not cached is
 * refused as soon as its item is gone. A group is deleted before its memberships, so no membership
 * can be added behind the eraser (every addition holds a ConditionCheck on the group). The tenant
 * record's own partition is last; the record itself is deleted by the erasure when everything else
 * is gone.
 */
final class EraseFamilies {
  private static final String GROUP_CLEANUP = Keys.cleanupSk(MembershipCleanup.GROUP, "");

  static final List<EraseFamily> ALL =
      List.of(
          prefixed("tokens", Keys::tenant, Keys.tokenSk("")),
          // Fan-out jobs before what they read, so no job publishes for a half-erased tenant.
          prefixed("fanOutJobs", Keys::tenant, AccessJobs.PREFIX),
          nested("groups", "memberships", Keys::groups, null, (t, sk) -> Keys.members(t, sk)),
          nested(
              "groupCleanups",
              "memberships",
              Keys::tenant,
              GROUP_CLEANUP,
              (t, sk) -> Keys.members(t, sk.substring(GROUP_CLEANUP.length()))),
          partition("users", Keys::users),
          partition("markers", Keys::unique),
          partition("grants", Keys::grants),
          partition("bookmarks", Keys::pages),
          prefixed("counters", Keys::tenant, Keys.COUNTER_PREFIX),
          prefixed("cleanups", Keys::tenant, Keys.CLEANUP_PREFIX),
          requestLog(),
          partition("healthCounters", t -> Keys.tenant(t) + "HEALTH"),
          partition("memberCounts", Keys::memberCounts),
          // Last before the rest: events committed by writes that raced the erasure go too.
          partition("events", Keys::events),
          // feed (decisions 0060-0069): add its families above this line.
          tenantPartition("other"));

  private EraseFamilies() {}

  /** Every item of one partition per tenant, e.g. {@code T#<t>#USER}. */
  static EraseFamily partition(String name, Function<String, String> pk) {
    return prefixed(name, pk, null);
  }

  /** The items of one partition whose sort key starts with {@code skPrefix}. */
  static EraseFamily prefixed(String name, Function<String, String> pk, String skPrefix) {
    return family(name, run -> run.drain(name, pk.apply(run.tenantId()), skPrefix, false));
  }

  /**
   * Several partitions per tenant whose keys the tenant id alone determines (e.g. one per day of a
   * retention window).
   */
  static EraseFamily partitions(String name, Function<String, List<String>> pks) {
    return family(
        name,
        run -> {
          for (String pk : pks.apply(run.tenantId())) {
            if (!run.drain(name, pk, null, false)) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * Parent items that each own a child partition (a group and its members): the child partition key
   * comes from the tenant id and the parent's sort key. Parents are deleted before their children,
   * with the children's keys saved first, so an interrupted run resumes the children.
   */
  static EraseFamily nested(
      String parentName,
      String childName,
      Function<String, String> parentPk,
      String parentSkPrefix,
      BiFunction<String, String, String> childPk) {
    return family(
        parentName,
        run ->
            run.drainNested(
                parentName,
                childName,
                parentPk.apply(run.tenantId()),
                parentSkPrefix,
                sk -> childPk.apply(run.tenantId(), sk)));
  }

  /**
   * The request log (docs/decisions/0051-request-log-keys.md): each entry of {@code T#<t>#REQLOG}
   * with its status-class index item ({@code T#<t>#REQLOG#<n>xx}) and, when it names a resource,
   * its resource index item ({@code T#<t>#REQLOG#R#<id>}), both under the entry's sort key.
   */
  static EraseFamily requestLog() {
    return family(
        "requestLog",
        run -> {
          String log = Keys.tenant(run.tenantId()) + "REQLOG";
          return run.drainWithCompanions(
              "requestLog",
              log,
              "#st, resourceId",
              Map.of("#st", "status"),
              entry -> {
                String sk = entry.get(Keys.SK).s();
                List<Map<String, AttributeValue>> keys = new ArrayList<>();
                AttributeValue status = entry.get("status");
                if (status != null && status.n() != null) {
                  keys.add(Dynamo.key(log + "#" + (Integer.parseInt(status.n()) / 100) + "xx", sk));
                }
                AttributeValue resource = entry.get("resourceId");
                if (resource != null && resource.s() != null && !resource.s().isEmpty()) {
                  keys.add(Dynamo.key(log + "#R#" + resource.s(), sk));
                }
                return keys;
              });
        });
  }

  /** Everything left in the tenant's own partition {@code T#<t>#} except the tenant record. */
  static EraseFamily tenantPartition(String name) {
    return family(name, run -> run.drain(name, Keys.tenant(run.tenantId()), null, true));
  }

  private static EraseFamily family(String name, Predicate<EraseRun> erase) {
    return new EraseFamily() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean erase(EraseRun run) {
        return erase.test(run);
      }
    };
  }
}
