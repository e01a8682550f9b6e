package io.scimgate.store;

/**
 * A resource would not fit in one stored item (DynamoDB caps an item at 400 KB; the store keeps a
 * margin for its own attributes). Nothing was written; the core answers 413.
 */
public final class ItemTooLargeException extends RuntimeException {
  private final long bytes;

  public ItemTooLargeException(long bytes, long limit) {
    super(
        "resource of about " + bytes + " bytes exceeds the store limit of " + limit,
        null,
        false,
        false);
    this.bytes = bytes;
  }

  /** The estimated size of the item that was refused. */
  public long bytes() {
    return bytes;
  }
}
