package io.scimgate.scim.groups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scimgate.store.GroupStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A group's stored member list, read page by page on first use and at most once per request. Only
 * whole-list operations (PUT, {@code replace members}, member filters other than {@code value eq})
 * read it.
 */
final class StoredMembers {
  static final int PAGE = 1000;

  private final GroupStore store;
  private final String tenantId;
  private final String groupId;
  private List<GroupStore.Member> members;

  StoredMembers(GroupStore store, String tenantId, String groupId) {
    this.store = store;
    this.tenantId = tenantId;
    this.groupId = groupId;
  }

  List<String> ids() {
    return all().stream().map(GroupStore.Member::userId).toList();
  }

  /**
   * Ids of the members whose SCIM representation ({@code value}, {@code display}, {@code type})
   * matches.
   */
  List<String> matching(Predicate<ObjectNode> test) {
    List<String> out = new ArrayList<>();
    for (GroupStore.Member m : all()) {
      if (test.test(MemberRendering.member(m, null))) {
        out.add(m.userId());
      }
    }
    return out;
  }

  private List<GroupStore.Member> all() {
    if (members == null) {
      members = new ArrayList<>();
      String after = null;
      do {
        GroupStore.MemberPage page = store.members(tenantId, groupId, after, PAGE);
        members.addAll(page.members());
        after = page.next();
      } while (after != null);
    }
    return members;
  }
}
