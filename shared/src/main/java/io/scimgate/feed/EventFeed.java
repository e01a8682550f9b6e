package io.scimgate.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A tenant's events in commit order, from the store (docs/decisions/0060-change-feed.md). Reading
 * after the id of the last event of the previous page never skips or repeats an event.
 */
public interface EventFeed {

  /**
   * Up to {@code limit} events after the event {@code afterId} ({@code null}: from the oldest
   * retained one). {@link Page#lastId} is where the next read starts: the last event returned, or
   * {@code afterId} when nothing is new.
   */
  Page read(String tenantId, String afterId, int limit);

  /** Events as rendered JSON ({@link ChangeEvent#render}). */
  record Page(List<ObjectNode> events, String lastId) {}
}
