package io.scimgate.scim.groups;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The membership change of one request, relative to the stored member list, built up operation by
 * operation in request order (RFC 7644 §3.5.2: operations apply sequentially). Adding a present
 * member or removing an absent one is harmless: the store treats both as no-ops, so the delta can
 * be built without knowing the current members — except for a replacement of the whole list.
 */
final class MemberDelta {
  private final Set<String> add = new LinkedHashSet<>();
  private final Set<String> remove = new LinkedHashSet<>();

  void add(Collection<String> ids) {
    remove.removeAll(ids);
    add.addAll(ids);
  }

  void remove(Collection<String> ids) {
    add.removeAll(ids);
    remove.addAll(ids);
  }

  /**
   * The whole list becomes {@code wanted}: earlier operations of the request no longer matter, the
   * delta is the difference to {@code current}, the stored list.
   */
  void replace(Collection<String> current, Collection<String> wanted) {
    add.clear();
    remove.clear();
    Set<String> wantedSet = new LinkedHashSet<>(wanted);
    for (String id : current) {
      if (!wantedSet.remove(id)) {
        remove.add(id);
      }
    }
    add.addAll(wantedSet);
  }

  Set<String> additions() {
    return add;
  }

  Set<String> removals() {
    return remove;
  }

  boolean isEmpty() {
    return add.isEmpty() && remove.isEmpty();
  }
}
