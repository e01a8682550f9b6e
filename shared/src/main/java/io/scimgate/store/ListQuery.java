package io.scimgate.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;

/**
 * A listing request in store terms: which items match (a predicate the SCIM core builds from the
 * filter, or {@code null} for all), and which 1-based window of the id-ordered matches to return.
 *
 * @param queryKey identifies the query (e.g. a hash of filter text) so a page that follows the
 *     previous one can resume where it ended instead of re-reading skipped items
 * @param count 0 asks for the total only
 */
public record ListQuery(Predicate<ObjectNode> match, int startIndex, int count, String queryKey) {}
