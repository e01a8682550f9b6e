package io.scimgate.store.dynamo;

import io.scimgate.store.ListPage;
import io.scimgate.store.ListQuery;
import io.scimgate.store.StoredResource;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the user and the group store share: the collaborators every resource write uses, and the
 * reads of a resource partition ({@code T#<t>#USER} or {@code T#<t>#GROUP}, sort key = id) by id,
 * by uniqueness marker, and as an id-ordered listing.
 */
abstract class ResourceStore {
  /** The two kinds of resource: their partition, listing bookmark scope, and externalId marker. */
  enum Kind {
    USERS("users", Keys::users, Keys::userExternalIdMarker),
    GROUPS("groups", Keys::groups, Keys::groupExternalIdMarker);

    private final String scope;
    private final Function<String, String> partition;
    private final Function<String, String> externalIdMarker;

    Kind(
        String scope,
        Function<String, String> partition,
        Function<String, String> externalIdMarker) {
      this.scope = scope;
      this.partition = partition;
      this.externalIdMarker = externalIdMarker;
    }
  }

  final Dynamo dynamo;
  final Clock clock;
  final Reads reads;
  final Counters counters;
  final Memberships memberships;
  final MembershipCleanup cleanup;
  final Writes writes;
  final Deletes deletes;
  private final Listing listing;
  private final Kind kind;

  ResourceStore(Dynamo dynamo, Clock clock, Kind kind, int maxScanItems) {
    this.dynamo = dynamo;
    this.clock = clock;
    this.reads = new Reads(dynamo);
    this.counters = new Counters(dynamo);
    this.memberships = new Memberships(dynamo);
    this.cleanup = new MembershipCleanup(dynamo, clock);
    this.writes = new Writes(dynamo, clock);
    this.deletes = new Deletes(dynamo, writes);
    this.listing = new Listing(dynamo, kind.scope, maxScanItems, clock);
    this.kind = kind;
  }

  /** The resources of the tenant, for the listing's unfiltered total (kept by {@link Counters}). */
  abstract long total(String tenantId);

  public Optional<StoredResource> get(String tenantId, String id) {
    return item(tenantId, id).map(Items::resource);
  }

  public List<StoredResource> getAll(String tenantId, Collection<String> ids) {
    return reads.byIds(kind.partition.apply(tenantId), ids);
  }

  public ListPage list(String tenantId, ListQuery query) {
    return listing.list(tenantId, kind.partition.apply(tenantId), query, () -> total(tenantId));
  }

  /**
   * The resource whose externalId marker names it, if it still has that externalId (a change
   * between the two reads leaves a marker that no longer matches).
   */
  public Optional<StoredResource> findByExternalId(String tenantId, String externalId) {
    return byMarker(tenantId, kind.externalIdMarker.apply(externalId))
        .filter(r -> externalId.equals(Items.text(r.document().get(Items.EXTERNAL_ID))));
  }

  /** The stored item of the resource, strongly consistent. */
  Optional<Map<String, AttributeValue>> item(String tenantId, String id) {
    return reads.item(kind.partition.apply(tenantId), id);
  }

  /** The resource that the uniqueness marker {@code markerSk} names, if both exist. */
  Optional<StoredResource> byMarker(String tenantId, String markerSk) {
    return reads
        .item(Keys.unique(tenantId), markerSk)
        .flatMap(marker -> get(tenantId, marker.get(Items.OWNER).s()));
  }

  /**
   * The resource the name marker {@code markerSk} names, if its {@code attribute} is still {@code
   * name} ignoring case: a rename between the two reads leaves a marker that no longer matches.
   */
  Optional<StoredResource> byName(String tenantId, String markerSk, String attribute, String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return byMarker(tenantId, markerSk)
        .filter(r -> wanted.equals(r.document().path(attribute).asText().toLowerCase(Locale.ROOT)));
  }
}
