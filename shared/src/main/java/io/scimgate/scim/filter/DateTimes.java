package io.scimgate.scim.filter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads SCIM {@code dateTime} values (RFC 7643 §2.3.5, xsd:dateTime) as instants, so values with
 * different offsets or precision compare by the moment they denote. A value without an offset is
 * read as UTC.
 */
public final class DateTimes {
  private DateTimes() {}

  public static Optional<Instant> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException withoutOffset) {
        return Optional.empty();
      }
    }
  }
}
