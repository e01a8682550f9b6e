package io.scimgate.store;

import java.util.List;

/** One window of a listing and the number of matches it was drawn from. */
public record ListPage(List<StoredResource> resources, long totalResults) {}
