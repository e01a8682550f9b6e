package io.scimgate.scim.filter;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An equality the storage layer can answer with a constant number of reads, found by {@link
 * IndexedLookup}.
 *
 * @param kind which index answers it
 * @param value the compared value as the client sent it; the store applies the attribute's case
 *     rule (userName, work email and group displayName are case-insensitive)
 * @param residual the rest of the conjunction, to evaluate on the fetched items, or {@code null}
 */
public record EqLookup(Kind kind, String value, Filter residual) {
  public EqLookup {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(value);
  }

  /** Indexed equalities, most selective first. */
  public enum Kind {
    /** {@code id eq "…"}. */
    ID(0),
    /** {@code userName eq "…"}. */
    USER_NAME(1),
    /** {@code externalId eq "…"}. */
    EXTERNAL_ID(1),
    /** {@code displayName eq "…"} on groups. */
    DISPLAY_NAME(1),
    /**
     * {@code emails[type eq "work"].value eq "…"} or {@code emails[type eq "work" and value eq
     * "…"]}.
     */
    WORK_EMAIL(2),
    /** {@code members[value eq "…"]} or {@code members.value eq "…"}. */
    MEMBER(2);

    /** The kinds a user store answers. */
    public static final Set<Kind> USERS = EnumSet.of(ID, USER_NAME, EXTERNAL_ID, WORK_EMAIL);

    /** The kinds a group store answers. */
    public static final Set<Kind> GROUPS = EnumSet.of(ID, EXTERNAL_ID, DISPLAY_NAME, MEMBER);

    private final int rank;

    Kind(int rank) {
      this.rank = rank;
    }

    /** Lower is more selective. */
    public int rank() {
      return rank;
    }
  }
}
